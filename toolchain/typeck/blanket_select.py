"""A blanket impl beside specific impls of the same trait (std's `impl<T: Clone>
ToOwned for T` beside `impl ToOwned for str` and `impl<T: Clone> ToOwned for [T]`).

The blanket impl is kept with the generic traits' impls (typeck/trait_args.py), the
specific ones in the exact and matched tables (typeck/traits.py, impl_select.py). They
do not overlap because the blanket impl's parameter is implicitly `Sized` and `str`,
`[T]` and `dyn Tr` are not: rustc's candidate assembly never matches the blanket
header with an unsized type. So selection here is: the blanket impl's parameter does
not match an unsized type (`sized_ok`), and a trait-ref a specific impl answers is
decided by that impl (`specific_holds`).
"""

from __future__ import annotations

from ..types import Ty
from .sized import UNSIZED_KINDS


def sized_ok(info, s: Ty) -> bool:
    """Whether impl `info`'s self type may be `s` as far as `Sized` goes: a bare
    parameter without `?Sized` is never an unsized type."""
    p = info.self_ty
    if p.kind != "param" or p.id < 0 or s.kind not in UNSIZED_KINDS:
        return True
    g = info.imp.generics if info.imp.is_generic else None
    return g is not None and p.id in g.unsized


def specific_holds(fcx, t: Ty, trait: str) -> bool | None:
    """Whether a specific (non-blanket) impl gives `t: trait`; None when none is
    written for `t` (the blanket impl, if any, decides)."""
    cx = fcx.results.traits
    if trait in cx.impls.get(t, {}):
        return True
    if cx.matched:
        from .impl_select import implements
        return implements(fcx, t, trait)
    return None
