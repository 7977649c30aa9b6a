"""`std::cmp::max` and `std::cmp::min`: rustc's bound `T: Ord`, which Ferrite's std
(std/cmp.rs) leaves to this check, as `Iterator::max`'s (typeck/iter_ord.py). Floats
do not meet it: rustc's E0277 (ord_bounds.py). A type Ferrite cannot vouch for is
refused honestly."""

from __future__ import annotations

from ..std_locations import std_span
from ..types import Ty, display

ORD_FNS = ("std::cmp::max", "std::cmp::min")


def register(fcx, e, k, ft: Ty) -> None:
    from .bounds import Obligation
    if not ft.args:
        return
    name = ft.name.split("::")[-1]
    span = k.func.span
    ob = Obligation(ft.args[0], "Ord", span, name, span, span, None, call_span=e.span,
                    check=_check)
    fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    from .ord_bounds import check_ord
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind in ("var", "proj"):
        return
    check_ord(fcx, ob, t, f"`{ob.callee}` over `{display(t)}` values",
              f"std::cmp::{ob.callee}", lambda: std_span(f"core::cmp::{ob.callee}"))
