"""The learner's module tree: inline `mod` items, `use` declarations and privacy.

Items keep living in the resolver's flat tables (`Resolutions.fns/adts/consts`): an
item nested in `mod a { mod b { .. } }` is registered under its path key `a::b::name`,
a crate-root item under its bare name, so programs without modules resolve exactly as
before. Each module has two namespaces (types: modules, structs, enums; values: fns,
consts, statics, tuple/unit struct constructors) of `Binding`s, filled from its items
and from its `use` declarations, which are resolved by a fixpoint like rustc's
ImportResolver (an import whose path names another import not yet resolved waits for
the next round). Globs are kept as links to their source module (or enum) and looked
through at lookup time.

A binding's visibility is the module it is visible in (with its descendants): the
defining module for a private item, the root for `pub(crate)`, None for `pub`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from . import std_modules
from .suggest import find_best_match


@dataclass(eq=False)
class Module:
    path: tuple[str, ...]
    parent: "Module | None"
    header: Span | None = None          # `mod a`, for E0603 notes
    types: dict = field(default_factory=dict)    # name -> Binding
    values: dict = field(default_factory=dict)
    globs: list = field(default_factory=list)    # resolved glob imports (Import)
    imports: list = field(default_factory=list)  # every Import declared here
    items: list = field(default_factory=list)    # its items (where an import help goes)
    is_std: bool = False                          # a module of std (std_modules.py)

    @property
    def name(self) -> str:
        return "::".join(self.path) if self.path else "crate"

    def key(self, name: str) -> str:
        return "::".join(self.path + (name,))

    def is_within(self, other: "Module") -> bool:
        m = self
        while m is not None:
            if m is other:
                return True
            m = m.parent
        return False


@dataclass(eq=False)
class Binding:
    kind: str                  # "mod" | "fn" | "adt" | "const" | "static" | "variant" | "ty_alias"
    target: object             # table key (str), Module, or (enum key, variant index)
    vis: Module | None         # None: `pub`
    def_span: Span             # what E0603's note points at
    descr: str                 # "function", "struct", ... as rustc names it
    name: str
    import_: "Import | None" = None   # the `use` this binding comes through


@dataclass(eq=False)
class Import:
    module: Module             # where the `use` is
    prefix: list               # ast.PathSegment, up to the leaf
    leaf: ast.Ident | None     # None for a glob
    rename: ast.Ident | None
    vis: Module | None
    span: Span                 # the leaf's tree (`a::f`, `g`, `a::*`)
    item: ast.Item
    used: bool = False
    done: bool = False


_DESCR = {ast.Fn: ("fn", "function"), ast.Const: ("const", "constant"),
          ast.Static: ("static", "static")}


class ModuleTree:
    def __init__(self, crate: ast.Crate) -> None:
        self.root = Module((), None)
        # `use std::fmt...` is resolve/traits.py's (the std items it models), not the tree's.
        self.active = any(isinstance(i.kind, ast.Mod) or (isinstance(i.kind, ast.Use)
                                                          and not _std_use(i))
                          for i in crate.items)
        self.module_of: dict[int, Module] = {}     # item id -> its module
        self.first_lo: dict[int, int] = {}         # id(module) -> its first item's start
        self.keys: set[str] = set()                # every key registered by the tree
        self.mod_of_key: dict[str, Module] = {}
        self.field_vis: dict[tuple[str, str], Module | None] = {}   # (adt key, field) -> vis
        self.privacy: list[Diagnostic] = []        # E0603, reported at the end like rustc
        self.adts: dict = {}
        self.flat: list[tuple[ast.Item, str]] = []  # items for the resolver's tables
        self.diags: list[Diagnostic] = []
        self.prelude: dict = {}     # (name, namespace) -> Binding: std's prelude (prelude.py)
        self.std_root: Module | None = None   # `std::` / `core::` (std_modules.py)
        self.refused: set[str] = set()   # names of refused `use`s of std items Ferrite lacks
        self.source_text = getattr(crate, "source_text", None)   # (resolve/prelude.py)
        if self.active:
            self._collect(crate.items, self.root)
        else:
            self.flat = [(i, getattr(i.kind, "ident", None) and i.kind.ident.name)
                         for i in _with_foreign(crate.items)]
            self.root.items = crate.items     # (where an import help goes: std_imports.py)

    # -- collection -------------------------------------------------------------------
    def _vis(self, vis: ast.Visibility, m: Module) -> Module | None:
        if vis.kind == "pub":
            return None
        if vis.kind == "crate":
            return self.root
        if vis.kind == "super" and m.parent is not None:
            return m.parent
        if vis.kind == "in":
            self.diags.append(unsupported(vis.span, "`pub(in path)` visibilities"))
            return None
        return m

    def _collect(self, items: list[ast.Item], m: Module) -> None:
        m.items = items
        for item in _with_foreign(items):
            k = item.kind
            self.module_of[item.id] = m
            self.first_lo.setdefault(id(m), item.span.lo)   # (where rustc inserts a `use`)
            if isinstance(k, (ast.Impl, ast.Trait)):
                for sub in k.items:
                    self.module_of[sub.id] = m
            if isinstance(k, ast.Mod):
                if k.items is None:
                    continue   # `mod foo;`: reported by the parser
                sub = Module(m.path + (k.ident.name,), m, Span(item.span.lo, k.ident.span.hi))
                self._define(m, "types", Binding("mod", sub, self._vis(item.vis, m), sub.header,
                                                 "module", k.ident.name), item, k.ident)
                self._collect(k.items, sub)
                continue
            if isinstance(k, ast.Trait):
                # Traits are keyed by their bare name (resolve/traits.py refuses two of one
                # name); the binding makes `use a::Tr`, paths and "in scope" work.
                self._define(m, "types", Binding("trait", k.ident.name, self._vis(item.vis, m),
                                                 Span(item.span.lo, k.ident.span.hi),
                                                 "trait", k.ident.name), item, k.ident)
                self.flat.append((item, k.ident.name))
                continue
            if isinstance(k, ast.Use) and _std_use(item):
                self.flat.append((item, None))
                continue
            if isinstance(k, ast.Use):
                self._use_tree(k.tree, [], m, item)
                continue
            ident = getattr(k, "ident", None)
            key = m.key(ident.name) if ident is not None else None
            if isinstance(k, (ast.Fn, ast.Struct, ast.Enum, ast.Const, ast.Static, ast.TyAlias)):
                if not self._define_item(item, key, m):
                    continue   # a duplicate inside a module (E0428): left out
                self.keys.add(key)
                self.mod_of_key[key] = m
            self.flat.append((item, key))

    def _define_item(self, item: ast.Item, key: str, m: Module) -> bool:
        k = item.kind
        vis = self._vis(item.vis, m)
        if isinstance(k, (ast.Struct, ast.Enum)):
            descr = "struct" if isinstance(k, ast.Struct) else "enum"
            span = Span(item.span.lo, k.ident.span.hi)
            if not self._define(m, "types", Binding("adt", key, vis, span, descr, k.ident.name),
                                item, k.ident):
                return False
            if isinstance(k, ast.Struct):
                for i, f in enumerate(k.data.fields):
                    fname = f.ident.name if f.ident is not None else str(i)
                    self.field_vis[(key, fname)] = self._vis(f.vis, m)
            if isinstance(k, ast.Struct) and k.data.kind != "struct":
                # A tuple or unit struct's constructor is a value too (E0428 once only).
                m.values.setdefault(k.ident.name, Binding("adt", key, vis, span, descr,
                                                          k.ident.name))
            return True
        if isinstance(k, ast.TyAlias):     # a type like a struct: `use`, paths, privacy
            return self._define(m, "types", Binding("ty_alias", key, vis, item.span, "type alias",
                                                    k.ident.name), item, k.ident)
        kind, descr = _DESCR[type(k)]
        span = Span(item.span.lo, k.sig.span.hi) if isinstance(k, ast.Fn) else item.span
        return self._define(m, "values", Binding(kind, key, vis, span, descr, k.ident.name),
                            item, k.ident)

    def _define(self, m: Module, ns: str, b: Binding, item: ast.Item, ident: ast.Ident) -> bool:
        table = getattr(m, ns)
        prev = table.get(b.name)
        if prev is None:
            table[b.name] = b
            return True
        # Crate-root duplicates of functions are reported by the resolver itself.
        if not m.path and b.kind == "fn" and prev.kind == "fn":
            return True
        what = "value" if ns == "values" else ("module" if prev.kind == "mod" else "type")
        name = b.name
        d = Diagnostic.error(f"the name `{name}` is defined multiple times", b.def_span,
                             f"`{name}` redefined here", code="E0428")
        d.secondary(prev.def_span, f"previous definition of the {what} `{name}` here")
        d.note(f"`{name}` must be defined only once in the {'value' if ns == 'values' else 'type'} "
               "namespace of this module")
        self.diags.append(d)
        return False

    def _use_tree(self, t: ast.UseTree, prefix: list, m: Module, item: ast.Item) -> None:
        segs = prefix + list(t.prefix.segments)
        if t.prefix.global_:
            self.diags.append(unsupported(t.span, "`use` paths starting with `::`"))
            return
        vis = self._vis(item.vis, m)
        if t.kind == "nested":
            for sub in t.nested:
                self._use_tree(sub, segs, m, item)
            return
        if t.kind == "glob":
            m.imports.append(Import(m, segs, None, None, vis, t.span, item))
            return
        if not segs:
            return
        leaf = segs[-1].ident
        if t.rename is not None and t.rename.name == "_":
            self.diags.append(unsupported(t.span, "`use ... as _`"))
            return
        m.imports.append(Import(m, segs[:-1], leaf, t.rename, vis, t.span, item))

    # -- lookups ----------------------------------------------------------------------
    def get(self, container, name: str, ns: str, seen=None):
        """`name` in a module (its items, imports, then globs) or an enum's variants."""
        if isinstance(container, str):
            return self._variant(container, name)
        b = getattr(container, ns).get(name)
        if b is not None:
            return b
        seen = seen or set()
        if id(container) in seen:
            return None
        seen.add(id(container))
        for g in container.globs:
            got = self.get(g.source, name, ns, seen)
            if got is not None and self.accessible(got, container):
                g.used = True
                return got
        return None

    def _variant(self, enum_key: str, name: str):
        adt = self.adts.get(enum_key)
        if adt is None or not adt.is_enum:
            return None
        i = adt.variant_index(name)
        if i is None:
            return None
        v = adt.variants[i]
        return Binding("variant", (enum_key, i), None, v.span, "variant", name)

    def accessible(self, b: Binding, frm: Module) -> bool:
        return b.vis is None or frm.is_within(b.vis)

    def lookup(self, m: Module, name: str, ns: str):
        """A bare name in module `m` (no inheritance from enclosing modules)."""
        b = self.get(m, name, ns)
        if b is not None and b.import_ is not None:
            b.import_.used = True
        if b is None:
            b = self.prelude.get((name, ns))   # std's prelude, visible in every module
        return b

    # -- imports ----------------------------------------------------------------------
    def resolve_imports(self, adts: dict) -> None:
        """rustc's fixpoint: resolve what can be resolved until a round makes no progress,
        then report what is left."""
        self.adts = adts
        start = len(self.diags)
        pending = [imp for m in self._modules() for imp in m.imports]
        progress = True
        while progress and pending:
            progress = False
            for imp in list(pending):
                if self._try_import(imp, final=False):
                    pending.remove(imp)
                    progress = True
        for imp in pending:
            self._try_import(imp, final=True)
        return self.diags[start:]

    def _modules(self):
        out, stack = [], [self.root]
        while stack:
            m = stack.pop(0)
            out.append(m)
            stack += [b.target for b in m.types.values() if b.kind == "mod" and b.import_ is None
                      and b.target.parent is m]
        return out

    def release(self) -> None:
        """The check is over: break the back-references among the learner's modules and
        imports (a module's parent and its children's bindings, an import and its module),
        so that the check's objects are freed at once instead of by the cyclic collector
        (driver.Session.close). std's modules are shared by every check: kept."""
        seen: set[int] = set()
        stack = [self.root, *self.mod_of_key.values(), *self.module_of.values()]
        while stack:
            m = stack.pop()
            if m.is_std or id(m) in seen:
                continue
            seen.add(id(m))
            stack.extend(b.target for b in m.types.values() if isinstance(b.target, Module))
            m.parent = None
            m.types.clear()
            m.values.clear()
            m.imports.clear()
            m.globs.clear()

    def _pending_name(self, m: Module, name: str) -> bool:
        return any(not i.done and (i.leaf is None or (i.rename or i.leaf).name == name)
                   for i in m.imports)

    def _try_import(self, imp: Import, final: bool) -> bool:
        m = imp.module
        container, err = self._prefix(imp, m, final)
        if container is None:
            if final and err is not None:
                self.diags.append(err)
            return False
        if imp.leaf is None:
            imp.source = container
            m.globs.append(imp)
            imp.done = True
            if isinstance(container, Module) and any(b.kind == "trait"
                                                     for b in container.types.values()):
                imp.used = True     # it may bring a trait for method calls (see below)
            return True
        name = imp.leaf.name
        is_self = name == "self"
        found = {}
        if is_self:
            if not imp.prefix or self._container_binding is None:
                self.diags.append(unsupported(imp.span, "this `self` import"))
                imp.done = True
                return True
            name = imp.prefix[-1].ident.name
            found["types"] = self._container_binding
        else:
            for ns in ("types", "values"):
                b = self.get(container, name, ns)
                if b is not None:
                    found[ns] = b
        if not found:
            if not final and not isinstance(container, str) and self._pending_name(container, name) \
                    and container is not m:
                return False
            if not final and container is m:
                return False
            if final:
                self.diags.append(std_modules.missing(imp.prefix + [_Seg(imp.leaf)], len(imp.prefix),
                                                      imp.span)
                                  if getattr(container, "is_std", False)
                                  else self._e0432_leaf(imp, container))
                if getattr(container, "is_std", False):
                    # (its later uses are errors already reported: no E0433 for each)
                    self.refused.add(imp.rename.name if imp.rename is not None else name)
            return False
        bound_as = imp.rename.name if imp.rename is not None else name
        for ns, b in found.items():
            if b.import_ is not None:   # a re-export this import goes through is used
                b.import_.used = True
            if not self.accessible(b, m):
                self.privacy.append(self.e0603(b, imp.leaf.span))
                imp.used = True     # rustc reports the error, not an unused import
            if b.kind == "trait":
                # Whether a trait import is used is the type checker's to say (method
                # calls through it); not tracked yet, so never reported as unused.
                imp.used = True
            if imp.vis is None and b.vis is not None:
                self.diags.append(unsupported(imp.span, "`pub use` of an item that is not `pub`"))
            table = getattr(m, ns)
            if bound_as in table:
                self.diags.append(unsupported(imp.span, "a `use` whose name is already taken in "
                                                        "this module"))
                continue
            table[bound_as] = Binding(b.kind, b.target, imp.vis, b.def_span, b.descr, b.name, imp)
        imp.done = True
        return True

    def _prefix(self, imp: Import, m: Module, final: bool):
        """The module (or enum key) an import's prefix names; (None, diag) when it fails."""
        self._container_binding = None
        segs = imp.prefix
        if not segs:
            if imp.leaf is not None and imp.leaf.name in ("crate", "self", "super"):
                return None, unsupported(imp.span, f"`use {imp.leaf.name}`")
            if imp.leaf is None:
                return None, unsupported(imp.span, "`use *`")
            # `use f;` in 2018+: an extern crate name (std, core), refused honestly.
            return None, unsupported(imp.item.span, "`use` of the standard library or another crate")
        cur, i = self._start(segs, m)
        if cur is None:
            first = segs[0].ident.name
            b = self.get(m, first, "types")
            if b is None:
                if not final and self._pending_name(m, first):
                    return None, None
                if first in std_modules.ROOTS and self.std_root is not None:
                    b = Binding("mod", self.std_root, None, None, "crate", first)
                elif first in ("std", "core", "alloc"):
                    return None, unsupported(imp.item.span, "`use` of the standard library")
                else:
                    return None, self._e0432_prefix(segs, 0, None)
            if not self.accessible(b, m):
                self.privacy.append(self.e0603(b, segs[0].ident.span))
            self._container_binding = b
            if b.import_ is not None:
                b.import_.used = True
            cur, i = self._container(b), 1
            if cur is None:
                return None, unsupported(imp.span, "a `use` through this kind of item")
        elif isinstance(cur, Diagnostic):
            return None, cur
        while i < len(segs):
            name = segs[i].ident.name
            b = self.get(cur, name, "types")
            if b is None:
                if not final and not isinstance(cur, str) and self._pending_name(cur, name):
                    return None, None
                if getattr(cur, "is_std", False):
                    if final and imp.leaf is not None:   # (its uses: no E0425/E0433 each)
                        self.refused.add(imp.rename.name if imp.rename is not None
                                         else imp.leaf.name)
                    return None, std_modules.missing(segs, i, imp.span)
                return None, self._e0432_prefix(segs, i, cur)
            if not self.accessible(b, m):
                self.privacy.append(self.e0603(b, segs[i].ident.span))
            self._container_binding = b
            cur, i = self._container(b), i + 1
            if cur is None:
                return None, unsupported(imp.span, "a `use` through this kind of item")
        if self._container_binding is None and isinstance(cur, Module) and cur.parent is not None:
            self._container_binding = cur.parent.types.get(cur.path[-1])
        return cur, None

    def _start(self, segs, m: Module):
        """`crate::`, `self::`, `super::` prefixes: (module, segments used), or a diag."""
        first = segs[0].ident.name
        if first == "crate":
            return self.root, 1
        if first == "self":
            return m, 1
        if first == "super":
            i, cur = 0, m
            while i < len(segs) and segs[i].ident.name == "super":
                if cur.parent is None:
                    d = Diagnostic.error("too many leading `super` keywords", segs[i].ident.span,
                                         "there are too many leading `super` keywords",
                                         code="E0433")
                    return d, 0
                cur, i = cur.parent, i + 1
            return cur, i
        return None, 0

    def _container(self, b: Binding):
        if b.kind == "mod":
            return b.target
        if b.kind == "adt" and b.descr == "enum":
            return b.target
        return None

    def _e0432_prefix(self, segs, i: int, cur) -> Diagnostic:
        name = segs[i].ident.name
        path = "::".join(s.ident.name for s in segs[:i + 1])
        d = Diagnostic.error(f"unresolved import `{path}`", code="E0432")
        if i == 0:
            d.primary(segs[i].ident.span, f"use of unresolved module or unlinked crate `{name}`")
            d.help(f"you might be missing a crate named `{name}`")
        else:
            d.primary(segs[i].ident.span,
                      f"could not find `{name}` in `{segs[i - 1].ident.name}`")
        return d

    def _e0432_leaf(self, imp: Import, container) -> Diagnostic:
        name = imp.leaf.name
        segs = imp.prefix
        path = "::".join([s.ident.name for s in segs] + [name])
        where = segs[-1].ident.name if segs else "crate"
        d = Diagnostic.error(f"unresolved import `{path}`", imp.span, f"no `{name}` in `{where}`",
                             code="E0432")
        if isinstance(container, Module):
            names = sorted(set(container.types) | set(container.values))
            best = find_best_match(names, name)
            if best is not None:
                d.help("a similar name exists in the module",
                       suggestions=[Suggestion(imp.leaf.span, best, "MaybeIncorrect", "ShowAlways")])
        return d

    # -- privacy ----------------------------------------------------------------------
    def e0603(self, b: Binding, at: Span, then: "tuple[Span, Binding] | None" = None) -> Diagnostic:
        if b.import_ is not None:
            return unsupported(at, "a private `use` re-export named from another module")
        d = Diagnostic.error(f"{b.descr} `{b.name}` is private", at, f"private {b.descr}",
                             code="E0603")
        if then is not None:
            # rustc names the item reached through the private module too.
            d.secondary(then[0], f"{then[1].descr} `{then[1].name}` is not publicly re-exported")
        d.note(f"the {b.descr} `{b.name}` is defined here", b.def_span)
        return d

    # -- unused imports -----------------------------------------------------------------
    def unused_imports(self) -> list[tuple[ast.Item, list[Import]]]:
        """Per `use` item, its imports nothing used (in source order)."""
        by_item: dict[int, tuple[ast.Item, list[Import]]] = {}
        for m in self._modules():
            for imp in m.imports:
                entry = by_item.setdefault(imp.item.id, (imp.item, []))
                if imp.done and not imp.used:
                    entry[1].append(imp)
        out = [(item, imps) for item, imps in by_item.values() if imps]
        out.sort(key=lambda e: e[0].span.lo)
        return out


@dataclass
class _Seg:
    """A path segment standing for an import's leaf (std_modules.missing names it)."""
    ident: ast.Ident


def _std_use(item: ast.Item) -> bool:
    from .std_paths import use_bindings
    return use_bindings(item.kind.tree) is not None


def _with_foreign(items: list[ast.Item]):
    """A module's items, each `extern` block followed by the items it declares: they
    are the module's items as much as the block's (`printf` is `crate::printf`)."""
    for item in items:
        yield item
        if isinstance(item.kind, ast.ForeignMod):
            yield from item.kind.items
