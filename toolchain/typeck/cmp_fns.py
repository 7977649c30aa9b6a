"""`std::cmp::max` and `std::cmp::min`: rustc's bound `T: Ord`, which Ferrite's std
(std/cmp.rs) leaves to this check, as `Iterator::max`'s (typeck/iter_ord.py). Floats
do not meet it: rustc's E0277 (ord_bounds.py). A type Ferrite cannot vouch for is
refused honestly."""

from __future__ import annotations

from ..std_locations import std_span
from ..types import Ty, display
from ..unsupported import unsupported

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
    from .derive_cmp import ordered
    from .iter_ord import _ord
    from .ord_bounds import not_ord
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind in ("var", "proj"):
        return
    if _ord(t) or ordered(fcx.results, t, "Ord"):
        return
    if t.kind not in ("float", "floatvar"):
        fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` over `{display(t)}` values"))
        return
    fcx.diags.append(not_ord(t, ob.func, f"std::cmp::{ob.callee}",
                             std_span(f"core::cmp::{ob.callee}")))
