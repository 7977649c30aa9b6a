"""rustc's "consider restricting type parameter `T` with trait `Mul`" help on an E0369
whose left operand is a bare type parameter and whose right one is another type
(`x * 2` with `x: T`): the bound names the right-hand type, an integer or float
literal's default (`i32`, `f64`), and `Output = E` when the expression's expected
type `E` is known (a tail with the function's return type)."""

from __future__ import annotations

from ..types import Ty, display
from . import generics


def _concrete(t: Ty) -> bool:
    if t.kind in ("var", "intvar", "floatvar", "error", "param"):
        return False
    return all(_concrete(a) for a in (t.args or ()) if isinstance(a, Ty))


def rhs_help(fcx, d, ra: Ty, rb: Ty, trait: str, expected: Ty | None) -> None:
    if ra.kind != "param" or rb.kind == "param":
        return
    rhs = Ty("int", "i32") if rb.kind == "intvar" else \
        Ty("float", "f64") if rb.kind == "floatvar" else rb
    if not _concrete(rhs):
        return
    args = display(rhs)
    if expected is not None:
        expected = fcx.infer.resolve(expected)
        if _concrete(expected):
            args += f", Output = {display(expected)}"
    generics.restrict_help(fcx, d, ra, trait, f"std::ops::{trait}<{args}>")
