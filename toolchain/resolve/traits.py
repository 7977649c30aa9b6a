"""The learner's traits and trait impls in name resolution.

A trait's default methods are bodies like any other, keyed `Trait::name` in
`Resolutions.fns`; an impl's items are keyed `<Type as Trait>::name` (names no free
function can have). Inside a trait, `Self` is a type parameter (`Res("self_param")`);
inside an impl it names the impl's type (`Res("alias", the type as written)`).

Paths that name trait items are resolved here too: `<T as Trait>::item`,
`Trait::item`, `Self::item` in a trait, and `T::item` for a primitive type. Which impl
they end up calling is typeck's business (typeck/traits.py). Impls may be generic
(`impl<T: Bound> Tr for Wrapper<T>`, resolve/impl_generics.py); generic traits and
associated types stay refused as unsupported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import PRIMITIVES
from ..std import is_std_span
from ..unsupported import unsupported
from . import std_paths
from . import std_sigs


@dataclass
class TraitItemDef:
    name: str
    kind: str                      # "fn" | "const"
    item: ast.Item | None          # None for a std trait's items
    has_default: bool
    has_self: bool = False


@dataclass
class TraitDef:
    name: str                      # "Shape"; for std traits the bare name ("Display")
    items: dict[str, TraitItemDef]
    supertraits: list[tuple[str, Span]]
    header: Span | None            # `trait Shape`
    ident_span: Span | None
    span: Span | None
    path: str = ""                 # std traits: "std::fmt::Display"
    decl: ast.Item | None = None   # the `trait` item
    refused: set[str] = field(default_factory=set)   # items reported unsupported
    generics: object = None        # a generic trait's parameters (resolve/trait_generics.py)
    # `PartialEq<Rhs = Self>`, `PartialOrd<Rhs = Self>`: parameters every impl Ferrite
    # accepts leaves at their default, so the trait is selected as one without any
    pinned: object = None

    @property
    def is_std(self) -> bool:
        return bool(self.path)


@dataclass
class ImplItem:
    name: str
    kind: str                      # "fn" | "const"
    item: ast.Item
    key: str


@dataclass
class TraitImpl:
    trait: str
    trait_span: Span               # the trait's path in the header
    self_ty: ast.Ty
    ty_text: str                   # the type as keys spell it ("Point", "&str")
    items: dict[str, ImplItem]
    header: Span                   # `impl Shape for Square`
    item: ast.Item
    index: int
    generics: object = None        # resolve.generics.GenericsInfo of `impl<T: B> ..`
    # A generic trait's arguments as written (`impl Convert<f64> for M`), and the trait
    # as keys spell it then (`Convert<f64>`): resolve/trait_generics.py.
    trait_args: list | None = None
    trait_text: str = ""
    broken_args: bool = False      # its arguments had an error (E0107): each one an error

    @property
    def is_generic(self) -> bool:
        return bool(self.generics is not None and self.generics.names)

    def key(self, name: str) -> str:
        return impl_key(self.ty_text, self.trait_text or self.trait, name)


def impl_key(ty_text: str, trait: str, name: str) -> str:
    return f"<{ty_text} as {trait}>::{name}"


@lru_cache(maxsize=1 << 14)    # (lints/dead_traits.py splits std's thousands of keys)
def split_impl_key(key: str) -> tuple[str, str] | None:
    """`<T as Trait>::m` -> (Trait, m), a generic trait without its arguments
    (`Convert<f64>` -> `Convert`); None for any other key."""
    if not key.startswith("<") or " as " not in key:
        return None
    close = key.rindex(">::")
    return key[key.rindex(" as ") + 4:close].split("<", 1)[0], key[close + 3:]


@dataclass
class TraitTables:
    defs: dict[str, TraitDef] = field(default_factory=dict)
    impls: list[TraitImpl] = field(default_factory=list)
    # id() of a fn's or const's `ast.Item.kind` -> ("trait", TraitDef) | ("impl", TraitImpl)
    owners: dict[int, tuple[str, object]] = field(default_factory=dict)
    uses: dict[str, str] = field(default_factory=dict)     # `use std::fmt::..` bindings
    item_names: set[str] = field(default_factory=set)      # names any trait declares
    refused: set[str] = field(default_factory=set)   # traits reported unsupported: no E0405
    declared: bool = False         # `declare` ran (before inherent impls, resolver.crate)
    # id() of a trait impl's self type (as written) -> the impl: `Self::Item` inside it
    # names the impl's own associated type (resolve/assoc_types.py).
    impl_of_self: dict = field(default_factory=dict)
    # std's impls for primitive types, by (trait, type), until first used (lazy_impls.py).
    lazy: dict = field(default_factory=dict)


def bound_traits_of(tables: TraitTables, trait: str) -> list[str]:
    """The trait and its supertraits, transitively."""
    out: list[str] = []
    stack = [trait]
    while stack:
        t = stack.pop(0)
        if t in out:
            continue
        out.append(t)
        d = tables.defs.get(t)
        if d is not None:
            stack.extend(s for s, _ in d.supertraits)
    return out


@dataclass
class BodyEntry:
    """What the resolver's body loop needs for a trait or impl item: `adt` (what
    `Self::` paths start from, as for inherent impls), `kind`, and `self_res` (what
    the type `Self` resolves to)."""
    adt: str | None
    kind: str
    self_res: object
    generics: object = None        # an impl's type parameters (None: none)

    def __post_init__(self) -> None:
        if self.generics is None:
            from .generics import EMPTY
            self.generics = EMPTY


def declares(res, name: str) -> bool:
    return name in res.traits.item_names


def collect_use(r, item: ast.Item) -> bool:
    """A `use` of the std items the toolchain models; False if it imports others."""
    got = std_paths.use_bindings(item.kind.tree)
    if got is None:
        return False
    r.res.traits.uses.update(got)
    return True


def declare(r, traits: list[ast.Item]) -> None:
    """Declare the crate's traits and their supertraits, once: before inherent impls are
    collected, whose bounds name traits (`impl<I: Iterator<Item = u32>> Wrap<I>`)."""
    tables: TraitTables = r.res.traits
    if tables.declared:
        return
    tables.declared = True
    saved_mod = r.cur_mod
    try:
        _declare(r, tables, traits)
    finally:
        r.cur_mod = saved_mod


def _declare(r, tables, traits: list[ast.Item]) -> None:
    for item in traits:
        d = _trait_def(r, item)
        if d is not None and (d.name in tables.defs or d.name in r.res.adts):
            r.diags.append(unsupported(d.header, "two items of the same name"))
        elif d is not None:
            tables.defs[d.name] = d
            tables.item_names.update(d.items)
    for item in traits:
        k: ast.Trait = item.kind
        d = tables.defs.get(k.ident.name)
        if d is None or d.decl is not item:
            continue
        r.cur_mod = r.mods.module_of.get(item.id) if r.mods is not None else None
        for bound in k.supertraits:
            name = _trait_name(r, bound.path) if isinstance(bound, ast.TraitBound) else None
            if name is None or bound.maybe or bound.path.segments[-1].args is not None \
                    and tables.defs[name].pinned is None:   # (`Eq: PartialEq<Self>`: pinned)
                r.diags.append(unsupported(bound.span if isinstance(bound, ast.TraitBound)
                                           else item.span, "this kind of supertrait"))
                continue
            d.supertraits.append((name, bound.span))
    for d in list(tables.defs.values()):
        if _in_cycle(tables, d.name):
            r.diags.append(unsupported(d.header, "traits that are their own supertraits"))
            del tables.defs[d.name]
            tables.refused.add(d.name)


def collect(r, traits: list[ast.Item], impls: list[ast.Item]) -> list[tuple[ast.Item, BodyEntry]]:
    """Declare the crate's traits and impls; the bodies to resolve, with their `Self`."""
    tables: TraitTables = r.res.traits
    bodies: list[tuple[ast.Item, BodyEntry]] = []
    declare(r, traits)
    for item in traits:
        k: ast.Trait = item.kind
        d = tables.defs.get(k.ident.name)
        if d is None or d.decl is not item:
            continue
        self_res = ("self_param", d.name)
        from .generics import EMPTY
        own = d.generics or d.pinned or EMPTY    # a generic trait's
        if d.generics is not None:
            from .trait_generics import resolve_defaults
            resolve_defaults(r, d)
        for ti in d.items.values():
            tables.owners[id(ti.item.kind)] = ("trait", d)
            if ti.kind == "type":
                continue       # (an associated type: resolve/assoc_types.py)
            if ti.kind == "fn" and ti.has_default:
                r.res.fns[f"{d.name}::{ti.name}"] = ti.item
                bodies.append((ti.item, BodyEntry(None, "fn", self_res, own)))
            elif ti.kind == "fn":
                r.cur_mod = r.mods.module_of.get(item.id) if r.mods is not None else None
                r.ty_params = own
                if is_std_span(item.span):     # (once per process: std_sigs.py)
                    std_sigs.trait_sig(r, ti.item, lambda ti=ti: _resolve_sig(r, ti.item, self_res))
                else:
                    _resolve_sig(r, ti.item, self_res)
                r.ty_params = EMPTY
            elif not ti.has_default:
                r.cur_mod = r.mods.module_of.get(item.id) if r.mods is not None else None
                r.trait_self, r.ty_params = self_res, own
                r.ty(ti.item.kind.ty)
                r.trait_self, r.ty_params = None, EMPTY
            else:
                bodies.append((ti.item, BodyEntry(None, "const", self_res, own)))
    for i, item in enumerate(impls):
        r.cur_mod = r.mods.module_of.get(item.id) if r.mods is not None else None
        if is_std_span(item.span):     # (declared once per process: std_sigs.py)
            got = std_sigs.trait_impl(r, item, lambda item=item, i=i: _impl(r, item, i))
        else:
            got = _impl(r, item, i)
        if got is None:
            continue
        tables.impls.append(got)
        tables.impl_of_self[id(got.self_ty)] = got
        adt = got.ty_text if got.ty_text in r.res.adts else None
        for it in got.items.values():
            if it.kind == "type":
                continue       # (resolved with the impl: resolve/assoc_types.py)
            tables.owners[id(it.item.kind)] = ("impl", got)
            if it.kind == "fn":
                r.res.fns[it.key] = it.item
            bodies.append((it.item, BodyEntry(adt, it.kind, ("alias", got.self_ty),
                                              got.generics)))
    r.cur_mod = None
    return bodies


def _trait_def(r, item: ast.Item) -> TraitDef | None:
    k: ast.Trait = item.kind
    generics = None
    if k.generics.params or k.generics.where_clause:
        from .trait_generics import collect as collect_generics
        generics = collect_generics(r, item)
        if generics is None:
            return None
    if k.unsafe or k.auto:
        r.diags.append(unsupported(item.span, "`unsafe` and `auto` traits"))
        return None
    items: dict[str, TraitItemDef] = {}
    refused: set[str] = set()
    for sub in k.items:
        sk = sub.kind
        if not isinstance(sk, (ast.Fn, ast.Const, ast.TyAlias)) or not isinstance(sk, ast.TyAlias) and not (
                isinstance(sk, ast.Fn)
                and (sk.sig.self_param is None or sk.sig.self_param.kind != "explicit")
                or isinstance(sk, ast.Const) and sk.ty is not None and sk.ident.name != "_"):
            ident = getattr(sk, "ident", None)
            if ident is not None:
                refused.add(ident.name)
        if isinstance(sk, ast.Fn) and sk.sig.self_param is not None \
                and sk.sig.self_param.kind == "explicit":
            r.diags.append(unsupported(sk.sig.self_param.span,
                                       "`self` parameters with an explicit type"))
        elif isinstance(sk, ast.Fn):    # (generic ones too: typeck/trait_method_generics.py)
            items[sk.ident.name] = TraitItemDef(sk.ident.name, "fn", sub, sk.body is not None,
                                                sk.sig.self_param is not None)
        elif isinstance(sk, ast.Const) and sk.ty is not None and sk.ident.name != "_":
            items[sk.ident.name] = TraitItemDef(sk.ident.name, "const", sub, sk.expr is not None)
        elif isinstance(sk, ast.Fn):
            r.diags.append(unsupported(sk.generics.span, "generic methods in traits"))
        elif isinstance(sk, ast.TyAlias):
            from .assoc_types import trait_item
            ti = trait_item(r, sub)
            if ti is None:
                refused.add(sk.ident.name)
            else:
                items[ti.name] = ti
        else:
            r.diags.append(unsupported(sub.span, "this kind of item in a trait"))
    # (one of the prelude's traits Python code knows by name: std_paths.STD_TRAITS keeps
    # its path, which marks it std's for the rules that decide std's impls of it)
    path = std_paths.STD_PATHS.get(k.ident.name, "") if is_std_span(item.span) else ""
    pinned = None
    if path and generics is not None:
        generics, pinned = None, generics
    return TraitDef(k.ident.name, items, [], Span(item.span.lo, k.ident.span.hi), k.ident.span,
                    item.span, path, decl=item, refused=refused, generics=generics,
                    pinned=pinned)


def _in_cycle(tables: TraitTables, start: str) -> bool:
    seen: set[str] = set()
    stack = [s for s, _ in tables.defs[start].supertraits]
    while stack:
        t = stack.pop()
        if t == start:
            return True
        if t in seen or t not in tables.defs:
            continue
        seen.add(t)
        stack.extend(s for s, _ in tables.defs[t].supertraits)
    return False


def _trait_name(r, path: ast.Path) -> str | None:
    """The trait a path names: one of the crate's, or a std trait the toolchain knows."""
    names = [s.ident.name for s in path.segments]
    if any(s.args is not None for s in path.segments[:-1]):
        return None
    tables: TraitTables = r.res.traits
    if r.mods is not None and r.mods.active:
        from .trait_modules import NOT_TREE, trait_name
        got = trait_name(r, path)          # `shapes::Area`, or `Area` brought by `use`
        if got is not NOT_TREE:
            return got
    if len(names) == 1 and names[0] in tables.defs and not tables.defs[names[0]].is_std \
            and _visible_source_trait(tables, names[0], path.span):
        return names[0]
    full = std_paths.full_path(names, tables.uses)
    if full in std_paths.STD_TRAITS:
        return std_paths.STD_TRAITS[full]
    if std_paths.SOURCE_TRAITS.get(full) in tables.defs:     # `std::str::FromStr`
        return std_paths.SOURCE_TRAITS[full]
    if len(names) == 3 and names[0] in ("std", "core") and names[1] == "ops" \
            and names[2] in tables.defs and is_std_span(tables.defs[names[2]].span):
        return names[2]     # `impl std::ops::Add for P` (std/ops.rs), no `use` needed
    return None


def _visible_source_trait(tables: TraitTables, name: str, at: Span) -> bool:
    """A trait of std's source is named by its bare name in the prelude's, after a
    `use`, and anywhere in std itself."""
    d = tables.defs[name]
    if d.span is None or not is_std_span(d.span) or is_std_span(at):
        return True
    return name in std_paths.SOURCE_PRELUDE or name in tables.uses


def _impl(r, item: ast.Item, index: int) -> TraitImpl | None:
    from .resolver import Res
    k: ast.Impl = item.kind
    if k.negative or k.unsafe:
        r.diags.append(unsupported(item.span, "negative and `unsafe` impls"))
        return None
    path = k.trait_
    name = _trait_name(r, path)
    if name is None:
        if len(path.segments) == 1 and path.segments[0].args is None \
                and path.segments[0].ident.name in r.res.traits.refused:
            return None
        if len(path.segments) == 1 and path.segments[0].args is None \
                and path.segments[0].ident.name not in std_paths.OTHER_STD_TRAITS:
            ident = path.segments[0].ident
            d = Diagnostic.error(f"cannot find trait `{ident.name}` in this scope", ident.span,
                                 "not found in this scope", code="E0405")
            from .std_trait_imports import import_help
            import_help(r, d, ident.name)
            r.diags.append(d)
        else:
            r.diags.append(unsupported(path.span, "implementing this trait"))
        return None
    if name in std_paths.BOUND_ONLY or name == "ToOwned" and not is_std_span(item.span):
        # (a learner's `ToOwned`: rustc's `Owned: Borrow<Self>` bound is not checked yet)
        r.diags.append(unsupported(path.span, "implementing this trait"))
        return None
    from .trait_generics import is_generic, non_generic_args
    d = r.res.traits.defs[name]
    generic_trait = is_generic(d)
    # `impl PartialEq<Celsius> for Fahrenheit`: a pinned parameter written out
    # (typeck/cross_cmp.py)
    cross = d.pinned is not None and path.segments[-1].args is not None \
        and not is_std_span(item.span)
    if path.segments[-1].args is not None and not generic_trait and not cross:
        bad = non_generic_args(d, path.segments[-1])
        if bad is None:
            r.diags.append(unsupported(path.span, "traits with generic arguments"))
            return None
        r.res.generic_errors.append(bad)    # (E0107: the impl stays, as in rustc)
    text = _ty_text(k.self_ty)
    if text is None:
        r.diags.append(unsupported(k.self_ty.span, "trait impls for this type"))
        return None
    from . import impl_generics
    generics = impl_generics.collect(r, item, text, blanket=True)
    if generics is None:
        return None
    trait_args = None
    if generic_trait or cross:
        from .trait_generics import args_text, ref_args
        r.ty_params = generics
        trait_args = ref_args(r, path.segments[-1], d if not cross else _as_generic(d),
                              r.res.generic_errors)
        from .generics import EMPTY
        r.ty_params = EMPTY
        if trait_args is None:     # (E0107: the impl stays, its arguments errors, as in rustc)
            trait_args, broken = [], True
        else:
            broken = False
    if text == "str":
        r.res.types[k.self_ty.id] = Res("prim", "str")    # `impl Tr for str` (unsized)
    else:
        r.ty_params = generics
        r.ty(k.self_ty)
        from .lifetime_params import impl_header
        impl_header(r, k.self_ty)     # E0726
        from .generics import EMPTY
        r.ty_params = EMPTY
    header = Span(item.span.lo, k.self_ty.span.hi)
    imp = TraitImpl(name, path.span, k.self_ty, text, {}, header, item, index, generics)
    if trait_args is not None:
        imp.trait_args, imp.trait_text = trait_args, name + args_text(trait_args)
        if broken:
            imp.trait_text, imp.broken_args = f"{name}<?{index}>", True
    for sub in k.items:
        sk = sub.kind
        if isinstance(sk, ast.TyAlias):
            from .assoc_types import impl_item
            impl_item(r, imp, sub, d)
            continue
        kind = "fn" if isinstance(sk, ast.Fn) else "const" if isinstance(sk, ast.Const) \
            and sk.ty is not None and sk.expr is not None else None
        if kind is None:
            r.diags.append(unsupported(sub.span, "this kind of item in a trait impl"))
            continue
        n = sk.ident.name
        ti = d.items.get(n)
        if n in d.refused:
            continue          # the trait's item was refused as unsupported
        if ti is None and kind == "fn" and n in std_paths.UNDECLARED_PROVIDED.get(name, ()):
            r.diags.append(unsupported(sub.span, f"overriding `{name}::{n}`"))
            continue
        if ti is None or ti.kind != kind:
            what, code = ("method", "E0407") if kind == "fn" else ("const", "E0438")
            r.diags.append(Diagnostic.error(f"{what} `{n}` is not a member of trait `{name}`",
                                            sub.span, f"not a member of trait `{name}`",
                                            code=code))
            continue
        if n in imp.items:
            r.diags.append(unsupported(sub.span, "an item defined twice in one impl"))
            continue
        imp.items[n] = ImplItem(n, kind, sub, imp.key(n))
    return imp


def _as_generic(d: TraitDef):
    """A trait with pinned parameters as the generic trait it is declared as."""
    from dataclasses import replace
    return replace(d, generics=d.pinned, pinned=None)


def _ty_text(t: ast.Ty) -> str | None:
    """The impl's type as keys spell it; None for types trait impls do not support."""
    k = t.kind
    if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
            and k.path.segments[0].args is None:
        name = k.path.segments[0].ident.name
        return name if name != "Self" else None
    if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1:
        # `Wrapper<T>`, `Pair<i32>`: one key per impl (the machine selects the impl
        # by matching types, interp/dyn_dispatch.py, not by this text).
        from .generics import type_args, unsupported_args
        seg = k.path.segments[0]
        if unsupported_args(seg) is not None or seg.ident.name == "Self":
            return None
        inner = [_ty_text(a) for a in type_args(seg) or []]
        if not inner and seg.args.args:
            return seg.ident.name     # `Excerpt<'a>`: keys, like types, erase lifetimes
        if not inner or any(x is None for x in inner):
            return None
        return f"{seg.ident.name}<{', '.join(inner)}>"
    if isinstance(k, ast.TyRef):
        inner = _ty_text(k.ty)
        return None if inner is None else ("&mut " if k.mutable else "&") + inner
    if isinstance(k, ast.TyTuple) and not k.elems:
        return "()"
    if isinstance(k, ast.TyArray) and is_std_span(t.span) and isinstance(k.len.kind, ast.ExprPath):
        # std's `impl<T, const N: usize> AsRef<[T]> for [T; N]` (resolve/const_params.py)
        inner = _ty_text(k.elem)
        return None if inner is None else f"[{inner}; {k.len.kind.path.segments[-1].ident.name}]"
    if isinstance(k, ast.TySlice) and is_std_span(t.span):   # std's `impl<T> AsRef<[T]> for [T]`
        # (a learner's `impl Tr for [i32]` stays refused: typeck's bound checks do not
        # select it for `[{integer}]` yet)
        inner = _ty_text(k.elem)
        return None if inner is None else f"[{inner}]"
    if isinstance(k, ast.TyTraitObject) and k.dyn and len(k.bounds) == 1 \
            and isinstance(k.bounds[0], ast.TraitBound) and len(k.bounds[0].path.segments) == 1:
        return f"dyn {k.bounds[0].path.segments[0].ident.name}"    # (std's `Box<dyn Error>`)
    if isinstance(k, ast.TyTraitObject) and k.dyn and is_std_span(t.span) \
            and all(isinstance(b, ast.TraitBound) and len(b.path.segments) == 1 for b in k.bounds):
        # (std's `Box<dyn Error + Send + Sync>`: resolve/dyn_types.py)
        return "dyn " + " + ".join(b.path.segments[0].ident.name for b in k.bounds)
    if isinstance(k, ast.TyPath):
        from .std_types import ty_text     # `std::slice::Iter<T>`
        return ty_text(t, _ty_text)
    return None


def _resolve_sig(r, item: ast.Item, self_res) -> None:
    """A required method's signature (it has no body)."""
    f: ast.Fn = item.kind
    r.trait_self = self_res
    saved = r.ty_params
    if f.generics.params or f.generics.where_clause:     # a generic required method
        from . import generics as gen
        own, diags = gen.collect(f.generics, r)
        r.diags.extend(diags)
        # (a generic trait's parameters come first: `from_iter<I>` of `FromIterator<A>`)
        r.ty_params = saved.child(own) if saved.names else own
        r.res.fn_generics[item.id] = r.ty_params
    for p in f.sig.params:
        r.ty(p.ty)
        if not isinstance(p.pat.kind, (ast.PatIdent, ast.PatWild)):
            r.diags.append(unsupported(p.pat.span, "patterns in trait method parameters"))
    if f.sig.ret is not None:
        r.ty(f.sig.ret)
    r.trait_self = None
    r.ty_params = saved


# -- types and paths (hooks called by the resolver) ------------------------------------

def resolve_ty(r, t: ast.Ty) -> bool:
    """`Self` inside a trait or trait impl, and the std types `Formatter` and
    `fmt::Result`; False for every other type."""
    k = t.kind
    if isinstance(k, ast.TyPath) and (k.qself is not None or len(k.path.segments) == 2):
        from .assoc_types import resolve_ty as assoc_ty
        if assoc_ty(r, t):
            return True
    if not isinstance(k, ast.TyPath) or k.qself is not None:
        return False
    segs = k.path.segments
    if len(segs) == 1 and segs[0].ident.name == "Self" and segs[0].args is None \
            and r.trait_self is not None:
        from .resolver import Res     # (imported where needed: this runs for every type)
        r.res.types[t.id] = Res(*r.trait_self)
        return True
    names = [s.ident.name for s in segs]
    if any(s.args is not None for s in segs[:-1]) or not r.res.traits.uses and names[0] != "std":
        return False
    full = std_paths.full_path(names, r.res.traits.uses)
    if full not in ("std::fmt::Formatter", "std::fmt::Result"):
        return False
    args = segs[-1].args
    if args is not None and not (full == "std::fmt::Formatter" and _only_elided(args)):
        r.diags.append(unsupported(t.span, f"`{full}` with these generic arguments"))
        return True
    from .resolver import Res
    r.res.types[t.id] = Res("std_ty", full.rsplit("::", 1)[1])
    return True


def _returns_fmt_result(r) -> bool:
    """Is the function being resolved one returning `fmt::Result`? Its `Ok(())` is
    that type's (until `fmt::Result` is std's `Result<(), fmt::Error>` alias); any other
    `Ok` is the prelude's `Result::Ok`."""
    from .resolver import Res
    ret = r.cur_fn.sig.ret if r.cur_fn is not None else None
    return ret is not None and r.res.types.get(ret.id) == Res("std_ty", "Result")


def _only_elided(args: ast.GenericArgs) -> bool:
    return not args.constraints and len(args.args) == 1 \
        and isinstance(args.args[0], ast.Lifetime) and args.args[0].name == "'_"


def resolve_path(r, e: ast.Expr, k: ast.ExprPath) -> bool:
    """Value paths to trait items; False for paths the resolver handles itself."""
    from .resolver import Res
    segs = k.path.segments
    if any(s.args is not None for s in segs):
        return False
    if k.qself is not None:
        pos = k.qself.position
        if pos == 0 or len(segs) != pos + 1:
            r.diags.append(unsupported(e.span, "this kind of qualified path"))
            r.res.values[e.id] = Res("err")
            return True
        r.ty(k.qself.ty)
        trait = _trait_name(r, ast.Path(segs[:pos], k.path.span))
        if trait is None:
            r.diags.append(unsupported(e.span, "qualified paths to this trait"))
            r.res.values[e.id] = Res("err")
            return True
        r.res.values[e.id] = Res("qualified", (k.qself.ty, trait, segs[-1].ident.name))
        return True
    if len(segs) == 1:
        # `Ok(())` ends a `fmt` method; typeck refuses it anywhere else.
        if segs[0].ident.name == "Ok" and all("Ok" not in sc for sc in r.scopes) \
                and "Ok" not in r.res.fns and "Ok" not in r.res.adts and _returns_fmt_result(r):
            r.res.values[e.id] = Res("fmt_ok")
            return True
        return False
    if len(segs) != 2:
        return False
    first, name = segs[0].ident.name, segs[1].ident.name
    tables: TraitTables = r.res.traits
    if first == "Self" and r.trait_self is not None and r.trait_self[0] == "self_param":
        r.res.values[e.id] = Res("self_item", (r.trait_self[1], name))
        return True
    if first == "Self" and r.trait_self is not None and r.self_ty is None:
        # An impl for a type that is not an ADT (`impl Tr for i32`): `Self::item`.
        r.res.values[e.id] = Res("assoc_of", (r.trait_self[1], name))
        return True
    local = tables.defs.get(first)
    if local is not None and not local.is_std:
        from .trait_modules import visible
        if not visible(r, first):
            r.diags.append(unsupported(e.span, "a path through a trait of another module "
                                       "that is not imported"))
            r.res.values[e.id] = Res("err")
            return True
        r.res.values[e.id] = Res("trait_item", (first, name))
        return True
    i = r.ty_params.index(first) if first not in r.res.adts else None
    if i is not None and (name in tables.item_names or name == "default"):
        # `T::from(x)`: through the parameter's bounds (typeck/trait_calls.py).
        from ..types import Ty
        r.res.values[e.id] = Res("param_item", (Ty("param", first, id=i), name))
        return True
    from .prim_impls import names as prim_names
    if first in PRIMITIVES and name in tables.item_names and name not in prim_names(first) \
            and name not in r.res.assoc.get(first, {}):     # (`str::len`: `impl str`'s)
        # (`u8::max` is std's inherent method, not `Iterator::max`)
        r.res.values[e.id] = Res("assoc_of", (first, name))
        return True
    full = std_paths.full_path([first], tables.uses) if first not in r.res.adts else None
    if full in std_paths.STD_TRAITS:
        trait = std_paths.STD_TRAITS[full]
        r.res.values[e.id] = Res("trait_item", (trait, name))
        return True
    return False


def long_std_trait_path(r, e: ast.Expr, k: ast.ExprPath) -> bool:
    """`fmt::Display::fmt(&self.0, f)`, `std::default::Default::default()`: an item of a
    std trait named by the trait's path (the two-segment `Display::fmt` is
    resolve_path's)."""
    from .resolver import Res
    segs = k.path.segments
    if k.qself is not None or k.path.global_ or len(segs) < 3 \
            or any(s.args is not None for s in segs):
        return False
    tables: TraitTables = r.res.traits
    full = std_paths.full_path([s.ident.name for s in segs[:-1]], tables.uses)
    if full in std_paths.STD_TRAITS:
        trait = std_paths.STD_TRAITS[full]
    elif full in std_paths.SOURCE_TRAITS and std_paths.SOURCE_TRAITS[full] in tables.defs:
        trait = std_paths.SOURCE_TRAITS[full]
    else:
        return False
    r.res.values[e.id] = Res("trait_item", (trait, segs[-1].ident.name))
    return True
