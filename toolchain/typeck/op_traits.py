"""Operators on the learner's own types: rustc's notes on the missing trait impl.

Until traits exist, an operator on a struct or enum is always an error (E0369 for
binary operators, E0368 for `op=`, E0600 for `-`/`!`). rustc then says which impl
might be missing, at the type's header, and where the operator's trait is defined,
in std's sources (`note: the trait `Add` must be implemented` ` --> .../arith.rs:77:0`).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import std_span
from ..types import Ty, display

# The `core::ops` trait behind each operator (binary, and `-`/`!` as unary).
BINARY_TRAITS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem", "&": "BitAnd",
                 "|": "BitOr", "^": "BitXor", "<<": "Shl", ">>": "Shr"}
UNARY_TRAITS = {"-": "Neg", "!": "Not"}


def explain_missing_impl(fcx, d: Diagnostic, lhs: Ty, trait: str, rhs: Ty | None = None) -> None:
    """Add rustc's two notes to `d` when `lhs` is one of the learner's types: the impl
    (with its `Rhs` unless it is `Self`) that might be missing, at the type's header,
    and the trait's definition in std."""
    lhs = fcx.infer.resolve(lhs)
    if lhs.kind != "adt" or lhs.name not in fcx.res.adts:
        return
    name = display(lhs)
    path = trait
    if rhs is not None:
        r = display(fcx.infer.resolve(rhs))
        if r != name:
            path = f"{trait}<{r}>"
    note = Diagnostic("note", f"an implementation of `{path}` might be missing for `{name}`")
    note.primary(fcx.res.adts[lhs.name].header, f"must implement `{path}`")
    d.children.append(note)
    d.note(f"the trait `{trait}` must be implemented", std_span(f"core::ops::{trait}"))


def no_partial_ord(fcx, k, t: Ty) -> Diagnostic:
    """E0369 for `<`, `<=`, `>`, `>=` on a struct or enum without `PartialOrd`: rustc
    suggests deriving both comparison traits (even when `PartialEq` is derived)."""
    from .check import _derive_help
    name = display(t)
    d = Diagnostic.error(f"binary operation `{k.op}` cannot be applied to type `{name}`",
                         k.op_span, code="E0369")
    d.secondary(k.lhs.span, name)
    d.secondary(k.rhs.span, name)
    adt = fcx.res.adts[t.name]
    note = Diagnostic("note", f"an implementation of `PartialOrd` might be missing for `{name}`")
    note.primary(adt.header, "must implement `PartialOrd`")
    d.children.append(note)
    _derive_help(d, adt, "PartialEq, PartialOrd")
    return d


# How many impls of each arithmetic trait rustc counts beyond the eight it lists.
_ARITH_IMPL_COUNTS = {"Add": 64, "Sub": 64, "Mul": 65, "Div": 70, "Rem": 70}


def numeric_lhs(fcx, op: str, message: str, op_span, a: Ty, b: Ty) -> Diagnostic:
    """E0277 for a number on the left of an arithmetic operator whose right operand is
    one of the learner's types: the number's type has the trait, not for this `Rhs`.
    For an integer or float literal rustc lists the trait's impls inline; for a typed
    number it points at impls defined by macros in core, whose backtrace Ferrite does
    not model (so that case is refused as unsupported)."""
    from ..unsupported import unsupported
    ra, rb = display(fcx.infer.resolve(a)), display(fcx.infer.resolve(b))
    trait = BINARY_TRAITS[op]
    if a.kind not in ("intvar", "floatvar"):
        return unsupported(op_span, f"rustc's list of `{trait}` impls for `{ra}`")
    d = Diagnostic.error(message, op_span, f"no implementation for `{ra} {op} {rb}`",
                         code="E0277")
    d.help(f"the trait `{trait}<{rb}>` is not implemented for `{ra}`")
    lines = []
    for f in ("f128", "f16", "f32", "f64"):
        lines += [f"`&{f}` implements `{trait}<{f}>`", f"`&{f}` implements `{trait}`"]
    d.help(f"the following other types implement trait `{trait}<Rhs>`:\n"
           + "".join(f"  {line}\n" for line in lines)
           + f"and {_ARITH_IMPL_COUNTS[trait] - 8} others")
    return d
