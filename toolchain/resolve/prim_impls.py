"""std's inherent impls on primitive types (`impl i32 { .. }` in toolchain/std/num.rs),
entered on demand.

std stamps hundreds of methods on the twelve integer types, the floats, `char` and
`bool`; resolving and collecting all their signatures for every program would make
each check pay for all of them. Instead the resolver only indexes them by (type,
name) (`index`, once per process), and a method is *materialised* (`materialise`)
the first time the type checker looks it up: it then becomes an ordinary associated
function of the tables (`Resolutions.assoc["i32"]["pow"]`, body key `i32::pow`),
its signature resolved now and its body on demand like every std body.
"""

from __future__ import annotations

from ..source import Span
from ..syntax import ast
from ..types import PRIMITIVES

# type name -> method name -> (impl item, method item); built once per process (std is
# parsed once per process too).
_INDEX: dict[str, dict[str, tuple]] | None = None


def prim_self(item: ast.Item) -> str | None:
    """The primitive type an inherent impl is for (`impl i32`), if it is one."""
    k = item.kind
    if not isinstance(k, ast.Impl) or k.trait_ is not None:
        return None
    t = k.self_ty.kind
    if isinstance(t, ast.TyPath) and t.qself is None and len(t.path.segments) == 1 \
            and t.path.segments[0].args is None and t.path.segments[0].ident.name in PRIMITIVES \
            and t.path.segments[0].ident.name != "str":    # `impl str`: typeck/std_probe.py's
        return t.path.segments[0].ident.name
    return None


def index(std_items: list) -> dict[str, dict[str, tuple]]:
    global _INDEX
    if _INDEX is None:
        out: dict[str, dict[str, tuple]] = {}
        for item, _ in std_items:
            ty = prim_self(item)
            if ty is None:
                continue
            table = out.setdefault(ty, {})
            for sub in item.kind.items:
                if isinstance(sub.kind, ast.Fn):
                    table[sub.kind.ident.name] = (item, sub)
        _INDEX = out
    return _INDEX


def names(ty: str) -> dict[str, tuple]:
    """The methods std gives the primitive type `ty` (name -> (impl, method))."""
    return (_INDEX or {}).get(ty, {})


def materialise(res, ty: str, name: str):
    """The associated function `ty::name` of std, entered into the tables on first use
    (None when std has none)."""
    a = res.assoc.get(ty, {}).get(name)
    if a is not None:
        return a
    got = names(ty).get(name)
    r = res.resolver
    if got is None or r is None:
        return None
    from .impls import AssocItem
    impl, sub = got
    k: ast.Impl = impl.kind
    a = AssocItem(ty, name, "fn", sub, Span(impl.span.lo, k.self_ty.span.hi), -1, k.self_ty)
    res.assoc.setdefault(ty, {})[name] = a
    res.fns[a.key] = sub
    before = len(r.diags) + len(r.deferred)
    if k.self_ty.id not in res.types:
        r.ty(k.self_ty)
    r.body(sub, a, lazy=True)
    errors = (r.diags + r.deferred)[before:]
    if errors:
        raise RuntimeError(f"Ferrite's std does not resolve: `{a.key}`: {errors[0].message}")
    return a


def type_relative(r, e: ast.Expr, ty: str, ident: ast.Ident) -> bool:
    """`i32::pow` / `char::from_u32`: a std method of a primitive type named by path
    (typeck enters it, prim_methods.py)."""
    if ty == "str" and ident.name in r.res.assoc.get("str", {}):
        from .resolver import Res       # `str::len` (std's `impl str`, typeck/std_probe.py)
        r.res.values[e.id] = Res("assoc", (ty, ident.name))
        return True
    if ty not in PRIMITIVES or ident.name not in names(ty) and (ident.name != "default"
                                                               or ty == "str"):
        return False     # (`u8::default`: std's `Default` impls, typeck/default_calls.py)
    from .resolver import Res
    r.res.values[e.id] = Res("assoc", (ty, ident.name))
    return True
