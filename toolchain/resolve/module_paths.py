"""Paths resolved through the module tree (`modules.py`), for a crate that has `mod`
or `use` items: bare names in the body's own module, and `a::b::f`, `self::`,
`super::`, `crate::` segment by segment, with privacy checked at each segment.

Each hook returns False when the path is not the tree's business (locals, `Self`,
primitive types and their constants, items declared in blocks), leaving it to the
resolver's own code, and produces the same `Res` values that code does.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std import is_std_span
from ..syntax import ast
from ..types import PRIMITIVES
from ..unsupported import unsupported
from .hygiene import local_key
from . import prelude, std_modules, std_paths
from .modules import Binding, Module

_NONE, _ERR = "none", "err"


def cur(r) -> Module:
    return r.cur_mod if r.cur_mod is not None else r.mods.root


def in_std(r, path: ast.Path) -> bool:
    """`std::a::b` / `core::a::b`: the tree's even in a crate without `mod` or `use`."""
    segs = path.segments
    return len(segs) > 1 and (segs[0].ident.name in std_modules.ROOTS
                              or _source_fmt(r, segs) is not None) \
        and r.mods.std_root is not None


def _source_fmt(r, segs) -> Binding | None:
    """`fmt::Error` after `use std::fmt;`: an item of std/fmt.rs (std_paths.SOURCE_FMT),
    reached through std's tree; the module `fmt` itself stays resolve/traits.py's."""
    head = r.res.traits.uses.get(segs[0].ident.name)
    if head is None or r.mods.std_root is None:
        return None
    full = "::".join([head] + [s.ident.name for s in segs[1:]])
    if full not in std_paths.SOURCE_FMT:
        return None
    m = r.mods.std_root
    for seg in head.split("::")[1:]:
        b = m.types.get(seg)
        if b is None or b.kind != "mod":
            return None
        m = b.target
    return Binding("mod", m, None, None, "module", segs[0].ident.name)


def _block_item(r, name: str) -> bool:
    """An item declared in an enclosing block (keyed by its bare name, not by the tree)."""
    if name in r.mods.keys:
        return False
    adt = r.res.adts.get(name)
    if adt is not None:
        return not is_std_span(adt.span)    # std's types are the tree's (std_modules.py)
    return name in r.res.fns or name in r.res.consts


def _resolve(r, segs, ns: str, callee: bool, last_args: bool = False):
    """`last_args`: the last segment may carry generic arguments (a type's)."""
    tree = r.mods
    m = cur(r)
    if any(s.args is not None for s in (segs[:-1] if last_args else segs)) \
            or (is_std_span(segs[0].ident.span) and segs[0].ident.name not in std_modules.ROOTS):
        return _NONE, None     # (std's own relative paths: its flat tables)
    first = segs[0].ident.name
    start, i = tree._start(segs, m) if len(segs) > 1 else (None, 0)
    if isinstance(start, Diagnostic):
        r.diags.append(start)
        return _ERR, None
    if start is None:
        if first == "Self" or _block_item(r, first):
            return _NONE, None
        if len(segs) == 1:
            b = tree.lookup(m, first, ns)
            if b is None and ns == "values":
                b = tree.lookup(m, first, "types")
                if b is not None and b.kind != "adt":
                    b = None
            return ("item", b) if b is not None else ("missing", None)
        b = tree.lookup(m, first, "types")
        if b is None and first in r.res.traits.uses:
            b = _source_fmt(r, segs)       # (`fmt::Error`: std/fmt.rs)
            if b is None:
                return _NONE, None      # `use std::fmt;`: resolve/traits.py's std paths
        if b is None and first in std_modules.ROOTS and tree.std_root is not None \
                and not std_paths.is_builtin_prefix([s.ident.name for s in segs]):
            b = Binding("mod", tree.std_root, None, None, "crate", first)
        if b is None:
            if first in PRIMITIVES or first in ("std", "core", "alloc"):
                return _NONE, None
            if first in tree.refused:        # `use std::borrow::Cow;` was refused already
                return _ERR, None
            ident = segs[0].ident
            if first in r.res.ty_aliases:     # `Alias::new()` (resolve/ty_aliases.py)
                r.diags.append(unsupported(ident.span, "paths through a type alias"))
                return _ERR, None
            from .std_imports import unimported_path
            if unimported_path(r, ident):       # `HashMap::new()` without its `use`
                return _ERR, None
            d = Diagnostic.error(f"cannot find module or crate `{first}` in this scope",
                                 ident.span, f"use of unresolved module or unlinked crate `{first}`",
                                 code="E0433")
            d.help(f"you might be missing a crate named `{first}`")
            from .std_imports import module_help
            module_help(r, d, first)          # `mpsc::channel()` without `use std::sync::mpsc;`
            r.deferred.append(d)
            return _ERR, None
        i = 1
    else:
        b = Binding("mod", start, None, None, "module", start.name)
    while i < len(segs):
        if b.kind == "adt":
            return "rel", (b.target, segs[i:])
        if b.kind == "trait" and ns == "values" and i == len(segs) - 1:
            return "trait_rel", (b.target, segs[i].ident.name)    # `shapes::Area::area`
        if b.kind == "ty_alias":        # `inv::Box2::new()` (alias_elsewhere.plain_adt)
            from .alias_elsewhere import plain_adt
            key = plain_adt(r, b.target)
            if key is not None:
                r.res.alias_path_uses.setdefault(segs[i - 1].id, b.target)
                return "rel", (key, segs[i:])
        container = tree._container(b)
        if container is None:
            r.diags.append(unsupported(segs[i].ident.span, "paths through this kind of item"))
            return _ERR, None
        last = i == len(segs) - 1
        ident = segs[i].ident
        nb = tree.get(container, ident.name, ns if last else "types")
        if nb is None and last and ns == "values":
            nb = tree.get(container, ident.name, "types")
            if nb is not None and nb.kind != "adt":
                nb = None
        if nb is None:
            r.diags.append(std_modules.missing(segs, i, ident.span) if getattr(container, "is_std", False)
                           else _not_found(segs, i, ns, callee))
            return _ERR, None
        if nb.import_ is not None:
            nb.import_.used = True
        if not tree.accessible(nb, m):
            nxt = tree.get(tree._container(nb), segs[i + 1].ident.name,
                           ns if i + 2 == len(segs) else "types") \
                if i + 1 < len(segs) and tree._container(nb) is not None else None
            tree.privacy.append(tree.e0603(nb, ident.span, (segs[i + 1].ident.span, nxt)
                                           if nxt is not None else None))
        b, i = nb, i + 1
    return "item", b


def _not_found(segs, i: int, ns: str, callee: bool) -> Diagnostic:
    ident = segs[i].ident
    prev = segs[i - 1].ident.name
    if i < len(segs) - 1:
        return Diagnostic.error(f"cannot find `{ident.name}` in `{prev}`", ident.span,
                                f"could not find `{ident.name}` in `{prev}`", code="E0433")
    where = "::".join(s.ident.name for s in segs[:i])
    if ns == "types":
        return Diagnostic.error(f"cannot find type `{ident.name}` in module `{where}`",
                                ident.span, f"not found in `{where}`", code="E0412")
    what = "function" if callee else "value"
    return Diagnostic.error(f"cannot find {what} `{ident.name}` in module `{where}`",
                            ident.span, f"not found in `{where}`", code="E0425")


def _elsewhere(r, name: str) -> bool:
    """A name the crate defines in some other module (rustc would suggest a `use`)."""
    return any(k.rsplit("::", 1)[-1] == name for k in r.mods.keys)


# -- hooks ---------------------------------------------------------------------------------
def path_expr(r, e: ast.Expr, k: ast.ExprPath, callee: bool) -> bool:
    from .resolver import Res
    segs = k.path.segments
    if k.qself is not None or k.path.global_:
        return False
    if len(segs) == 1:
        key = local_key(segs[0].ident.name, segs[0].ident.span)
        if any(key in scope for scope in r.scopes) or segs[0].ident.name == "self":
            return False
    kind, got = _resolve(r, segs, "values", callee)
    if kind == _NONE and segs[-1].args is not None and len(segs) > 1:
        kind, got = _fn_with_args(r, segs, callee)
    if kind == _NONE:
        return False
    if kind == _ERR:
        r.res.values[e.id] = Res("err")
        return True
    if kind == "missing":
        if cur(r).path and _elsewhere(r, segs[0].ident.name):
            from .import_suggestions import missing_name
            d = missing_name(r, cur(r), segs[0].ident, callee) if len(segs) == 1 else None
            r.diags.append(d or unsupported(e.span, "a name defined in another module, not "
                                                    "imported with `use`"))
            r.res.values[e.id] = Res("err")
            return True
        return False   # the resolver reports E0425 as for any crate
    if kind == "trait_rel":
        r.res.values[e.id] = Res("trait_item", got)
        return True
    if kind == "rel":
        adt_key, rest = got
        if len(rest) != 1:
            r.diags.append(unsupported(e.span, "paths with several segments after a type"))
            r.res.values[e.id] = Res("err")
            return True
        if r.type_relative(e, adt_key, rest[0].ident):
            return True
        adt = r.res.adts[adt_key]
        i = r.variant(adt, rest[0].ident)
        return _variant_value(r, e, (adt_key, i) if i is not None else None, callee)
    b: Binding = got
    if b.kind == "fn":
        r.res.values[e.id] = Res("fn", b.target)
    elif b.kind in ("const", "static"):
        r.res.values[e.id] = Res(b.kind, b.target)
    elif b.kind == "variant":
        return _variant_value(r, e, b.target, callee)
    elif b.kind == "adt":
        _struct_value(r, e, r.res.adts[b.target], callee)
    else:
        r.diags.append(unsupported(e.span, "a module used as a value"))
        r.res.values[e.id] = Res("err")
    return True


def _fn_with_args(r, segs, callee: bool):
    """`mpsc::channel::<i32>`, `std::mem::size_of::<T>`: a module's function with generic
    arguments (typeck takes them from the last segment: generics.fn_item)."""
    kind, got = _resolve(r, segs, "values", callee, last_args=True)
    if kind != "item" or got is None or got.kind != "fn":
        return _NONE, None
    if len(segs) > 2 and not r.path_args(segs[-1:]):   # (shorter paths: resolver.path_expr)
        return _ERR, None
    return kind, got


def _variant_value(r, e, target, callee: bool) -> bool:
    from .resolver import Res
    if target is None:
        r.res.values[e.id] = Res("err")
        return True
    v = r.res.adts[target[0]].variants[target[1]]
    if v.kind == "unit":
        r.res.values[e.id] = Res("variant", target)
    elif v.kind == "tuple" and callee:
        r.res.values[e.id] = Res("variant_ctor", target)
    elif v.kind == "tuple":            # `.map(Shape::Circle)` (resolve/ctor_values.py)
        from .ctor_values import value
        value(r, e, "variant_ctor", target)
    else:
        r.diags.append(unsupported(e.span, "enum variants used as values"))
        r.res.values[e.id] = Res("err")
    return True


def _struct_value(r, e, adt, callee: bool) -> None:
    from .adts import e0423_struct_as_value
    from .resolver import Res
    if adt.kind == "tuple" and callee:
        r.res.values[e.id] = Res("ctor", adt.name)
        private_fields(r, e.id, e.span, None)
    elif adt.kind == "tuple" and adt.fields:     # `.map(Meters)` (resolve/ctor_values.py)
        from .ctor_values import value
        value(r, e, "ctor", adt.name)
        private_fields(r, e.id, e.span, None)
    elif adt.kind == "unit":
        r.res.values[e.id] = Res("unit_struct", adt.name)
    elif adt.kind == "named" and adt.fields and not callee and "::" not in adt.name:
        r.diags.append(e0423_struct_as_value(e.span, adt))
        r.res.values[e.id] = Res("err")
    else:
        r.diags.append(unsupported(e.span, "struct constructors used as values"))
        r.res.values[e.id] = Res("err")


def ty(r, t: ast.Ty) -> bool:
    from .resolver import Res
    k = t.kind
    if k.qself is not None or k.path.global_:
        return False
    segs = k.path.segments
    kind, got = _resolve(r, segs, "types", False, last_args=True)
    if kind == _NONE:
        return False
    if kind == _ERR:
        return True
    if kind == "missing":
        name = segs[0].ident.name
        if name in PRIMITIVES or name == "Self":
            return False
        if cur(r).path and _elsewhere(r, name):
            r.diags.append(unsupported(t.span, "a type defined in another module, not imported "
                                               "with `use`"))
            return True
        return False
    if kind == "item" and got.kind == "ty_alias":
        from .ty_aliases import use_key
        return use_key(r, t, segs[-1], got.target)     # `units::Grams`, `Grams` after `use`
    if kind == "item" and got.kind == "adt":
        if segs[-1].args is not None:
            r.generic_ty(t, segs[-1], got.target)    # `Pair<i32>`, `std::vec::Vec<u8>`
        else:
            r.res.types[t.id] = Res("adt", got.target)
        return True
    r.diags.append(unsupported(t.span, "this path as a type"))
    return True


def adt_path(r, node_id: int, qself, path: ast.Path) -> bool:
    from .resolver import Res
    if qself is not None or path.global_:
        return False
    segs = path.segments
    kind, got = _resolve(r, segs, "types", False)
    if kind == _NONE:
        return False
    if kind == _ERR:
        r.res.values[node_id] = Res("err")
        return True
    if kind == "missing":
        if cur(r).path and _elsewhere(r, segs[0].ident.name):
            r.diags.append(unsupported(path.span, "a type defined in another module, not "
                                                  "imported with `use`"))
            r.res.values[node_id] = Res("err")
            return True
        if len(segs) == 1:
            # A variant imported by `use Enum::Variant` lives in the value namespace too.
            b = r.mods.lookup(cur(r), segs[0].ident.name, "values")
            if b is not None and b.kind == "variant":
                r.res.values[node_id] = Res("variant", b.target)
                return True
        return False
    if kind == "rel":
        adt_key, rest = got
        adt = r.res.adts[adt_key]
        if len(rest) == 1 and adt.is_enum:
            i = r.variant(adt, rest[0].ident)
            r.res.values[node_id] = Res("variant", (adt_key, i)) if i is not None else Res("err")
            return True
    elif got.kind == "adt":
        r.res.values[node_id] = Res("adt", got.target)
        return True
    elif got.kind == "variant":
        r.res.values[node_id] = Res("variant", got.target)
        return True
    elif got.kind == "ty_alias" and len(path.segments) > 1:   # `inv::Crate { items }`
        from .alias_elsewhere import plain_adt
        key = plain_adt(r, got.target)
        if key is not None and not r.res.adts[key].is_enum:
            r.res.alias_path_uses.setdefault(path.segments[-1].id, got.target)
            r.res.values[node_id] = Res("adt", key)
            return True
    r.diags.append(unsupported(path.span, "this path in a struct literal or pattern"))
    r.res.values[node_id] = Res("err")
    return True


def const_pat(r, p: ast.Pat, ident: ast.Ident) -> bool:
    """An identifier pattern naming a constant (or a unit variant imported by `use`)."""
    from .resolver import Res
    if _block_item(r, ident.name):
        return False
    b = r.mods.lookup(cur(r), ident.name, "values")
    if b is None:
        return False
    if b.kind == "const":
        r.res.values[p.id] = Res("const", b.target)
        return True
    if b.kind == "variant" and r.res.adts[b.target[0]].variants[b.target[1]].kind == "unit":
        # A unit variant imported by `use` (or the prelude's `None`): the path pattern
        # it stands for, as rustc resolves an identifier pattern.
        prelude.as_path_pat(p, ident)
        r.res.values[p.id] = Res("variant", b.target)
        return True
    if b.kind == "adt" and r.res.adts[b.target].kind == "unit":
        # A unit struct: a path pattern too (`let Marker = m;` binds nothing).
        prelude.as_path_pat(p, ident)
        r.adt_path(p.id, None, p.kind.path, "unit")
        return True
    if b.kind in ("static", "adt", "variant"):
        # A variant imported by `use` as a bare pattern needs the pattern phases' help.
        r.diags.append(unsupported(p.span, "this name in a pattern"))
        r.res.values[p.id] = Res("err")
        return True
    return False


def impl_self_type(r, item: ast.Item):
    """The learner's type an inherent impl (anywhere in the tree) is for."""
    from .impls import impl_self_type as plain
    k: ast.Impl = item.kind
    t = k.self_ty.kind
    if k.trait_ is None and not k.negative and not k.unsafe \
            and isinstance(t, ast.TyPath) and t.qself is None and not t.path.global_:
        saved = r.cur_mod
        r.cur_mod = r.mods.module_of.get(item.id)
        kind, got = _resolve(r, t.path.segments, "types", False, last_args=True)
        r.cur_mod = saved
        if kind == "item" and got.kind == "adt":
            return got.target, []
        if kind == _ERR:
            return None, []
    return plain(item, {})


def private_fields(r, node_id: int, span, names: list[str] | None) -> None:
    """A struct literal, struct pattern or tuple-struct constructor that names fields
    private to another module: rustc's E0451 / E0603 (constructor), refused honestly
    until they are recorded."""
    from .resolver import Res
    res = r.res.values.get(node_id)
    if res is None or res.kind not in ("adt", "ctor"):
        return
    tree, m = r.mods, cur(r)
    adt = r.res.adts.get(res.target)
    if adt is None:
        return
    names = [f.name for f in adt.fields] if names is None else names
    for n in names:
        vis = tree.field_vis.get((adt.name, n))
        if vis is not None and not m.is_within(vis):
            r.diags.append(unsupported(span, "naming a field private to another module here"))
            r.res.values[node_id] = Res("err")
            return
