"""`impl Trait` in return position (`fn evens(n: u32) -> impl Iterator<Item = u32>`):
an opaque type, as in rustc. Its bounds (with their `Item = ..` constraints, which may
name the function's own type and lifetime parameters) are all its callers know of it;
the type the body returns (its hidden type) is decided by type checking the body
(typeck/opaque.py) and revealed to the machine only (mir/reveal_opaque.py).

The `impl Fn(..)` return types keep their own path (resolve/closures.py). Only the
whole return type may be `impl Trait` (`Option<impl Display>` is refused).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..syntax import ast
from ..syntax.printer import ty_to_string


@dataclass(frozen=True)
class OpaqueDef:
    shown: str                  # `impl Iterator<Item = u32>`, as rustc prints it
    params: tuple               # the function's type parameters (names): the type's arguments
    bounds: tuple               # ((trait, bound span), ...)
    eqs: tuple                  # ((trait, assoc name, ast.Ty, span), ...)
    span: object                # the `impl ..` type


def return_type(r, t: ast.Ty) -> bool:
    """Resolve `t` as the opaque return type of the function being resolved; False when
    `t` is not that function's whole return type."""
    from .bounds import _add
    from .generics import GenericsInfo
    from .resolver import Res
    f = r.cur_fn
    if f is None or f.sig.ret is not t or r.in_body:
        return False
    k: ast.TyImplTrait = t.kind
    if not any(isinstance(b, ast.TraitBound) for b in k.bounds):
        return False
    holder = GenericsInfo(names=["impl"], bounds=[[]])
    bounds: list = []
    before = len(r.diags)
    _add(r, k.bounds, bounds, r.diags, 0, holder)
    if len(r.diags) > before:
        r.res.types[t.id] = Res("err")
        return True
    eqs = tuple((tr, name, ty, span) for _, tr, name, ty, span in holder.assoc_eqs)
    r.res.types[t.id] = Res("opaque_ret", OpaqueDef(ty_to_string(t), tuple(r.ty_params.names),
                                                     tuple(bounds), eqs, t.span))
    return True
