"""A value found as a reference to the very type expected (`x` of type `&T` returned
as `T`, `&Option<T>` as `Option<T>`): rustc's expected/found note elides the type
parameters of both (`expected type parameter `_``, `found reference `&_``) and it
gives no "the caller chooses a type" note."""

from __future__ import annotations

from ..types import Ty
from .generics import has_params


def is_ref_to_self(exp: Ty, fnd: Ty) -> bool:
    if fnd.kind != "ref" or not has_params(exp):
        return False
    while fnd.kind == "ref":
        fnd = fnd.args[0]
    return fnd == exp


def erase(t: Ty) -> Ty:
    """`t` with each type parameter written `_`."""
    if t.kind == "param":
        return Ty("param", "_")
    if t.args:
        return Ty(t.kind, t.name, tuple(erase(a) if isinstance(a, Ty) else a for a in t.args),
                  t.mutable, t.id)
    return t
