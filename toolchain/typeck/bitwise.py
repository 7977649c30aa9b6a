"""Bitwise operators and shifts (`& | ^ << >>` and their `op=` forms) on the built-in
types, with the errors rustc gives when the operands have no built-in implementation.

rustc decides in two steps, and so do we: operands that are both integral (or both
`bool` for `& | ^`) take the built-in path, where `& | ^` demand equal types (E0308 at
the right operand) and a shift takes any integer on the right, giving the left operand's
type. Otherwise the operator's trait is looked up on the left type: a type with no impl
of that trait at all is E0369 (E0368 for `op=`), a type with impls for other right-hand
types is E0277, which lists those impls.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import BOOL, ERROR, Ty, display

SHIFTS = ("<<", ">>")
BIT_OPS = ("&", "|", "^", "<<", ">>")
_TRAIT = {"&": "BitAnd", "|": "BitOr", "^": "BitXor", "<<": "Shl", ">>": "Shr"}
_INTS = ("int", "intvar")


def check_bit_operands(fcx, e: ast.Expr, op: str, op_span: Span, lhs: ast.Expr, rhs: ast.Expr,
                       lt: Ty, rt: Ty, assign: bool) -> Ty:
    """The type of `lhs op rhs` (or `()`'s operands for `lhs op= rhs`), reporting errors."""
    a, b = fcx.infer.shallow(lt), fcx.infer.shallow(rt)
    if a.is_error or b.is_error:
        return ERROR
    if a.kind in _INTS and b.kind in _INTS:
        if op in SHIFTS:
            return a
        if fcx.infer.unify(a, b):
            return a
        # rustc offers no conversion help here (unlike at a coercion site).
        fcx.diags.append(Diagnostic.error(
            "mismatched types", rhs.span, f"expected `{display(fcx.infer.resolve(a))}`, found "
            f"`{display(fcx.infer.resolve(b))}`", code="E0308"))
        if a.kind == "int" and b.kind == "int":
            fcx.diags.append(_no_impl(fcx, op, op_span, a, b, assign))
        return ERROR
    if a.kind == "bool" and b.kind == "bool" and op not in SHIFTS:
        return BOOL
    if a.kind in _INTS or (a.kind == "bool" and op not in SHIFTS):
        fcx.diags.append(_no_impl(fcx, op, op_span, a, b, assign))
        return ERROR
    # No impl of the trait for the left type at all.
    ra, rb = display(fcx.infer.resolve(a)), display(fcx.infer.resolve(b))
    if assign:
        d = Diagnostic.error(f"binary assignment operation `{op}=` cannot be applied to type "
                             f"`{ra}`", e.span, f"cannot use `{op}=` on type `{ra}`", code="E0368")
        d.secondary(lhs.span, "")
    else:
        d = Diagnostic.error(f"no implementation for `{ra} {op} {rb}`", op_span, code="E0369")
        d.secondary(lhs.span, ra)
        d.secondary(rhs.span, rb)
    from .op_traits import BINARY_TRAITS, explain_missing_impl
    explain_missing_impl(fcx, d, a, BINARY_TRAITS[op] + ("Assign" if assign else ""), b)
    fcx.diags.append(d)
    return ERROR


def _no_impl(fcx, op: str, op_span: Span, a: Ty, b: Ty, assign: bool) -> Diagnostic:
    """E0277: the left type implements the operator's trait, but not for this right type."""
    ra, rb = display(fcx.infer.resolve(a)), display(fcx.infer.resolve(b))
    sym = op + "=" if assign else op
    trait = _TRAIT[op] + ("Assign" if assign else "")
    d = Diagnostic.error(f"no implementation for `{ra} {sym} {rb}`", op_span,
                         f"no implementation for `{ra} {sym} {rb}`", code="E0277")
    d.help(f"the trait `{trait}<{rb}>` is not implemented for `{ra}`")
    impls = _other_impls(a, op, trait) if not assign else None
    resolved = fcx.infer.resolve(a)
    if impls is None and not assign and op not in SHIFTS and resolved.is_int:
        from .op_traits import macro_impls_help
        macro_impls_help(d, trait, resolved)
    elif impls is not None:
        d.help(f"the following other types implement trait `{trait}<Rhs>`:\n" + impls)
    return d


def _other_impls(a: Ty, op: str, trait: str) -> str | None:
    """rustc's list of the trait's impls for the left type, in its sort order: the
    first eight, then a count. Only for the left types whose list rustc prints inline
    (for a concrete integer type it points into core's sources instead)."""
    if a.kind == "bool":
        lines = [f"`&bool` implements `{trait}<bool>`", f"`&bool` implements `{trait}`",
                 f"`bool` implements `{trait}<&bool>`", f"`bool` implements `{trait}<Mask<T, N>>`",
                 f"`bool` implements `{trait}`"]
        return "".join(f"  {line}\n" for line in lines).rstrip("\n")
    if a.kind != "intvar":
        return None
    ints = sorted(("i8", "i16", "i32", "i64", "i128", "isize",
                   "u8", "u16", "u32", "u64", "u128", "usize"))
    if op in SHIFTS:
        # Every integer type shifts by every integer type, by value and by reference.
        # (rustc's list, as printed, skips the impl for `&i128` itself.)
        lines = [f"`&{ints[0]}` implements `{trait}<&{r}>`" for r in ints[1:]][:8]
        total = len(ints) * len(ints) * 4
    else:
        lines = []
        for t in ints:
            lines += [f"`&{t}` implements `{trait}<{t}>`", f"`&{t}` implements `{trait}`"]
        lines = lines[:8]
        total = len(ints) * 4
    return "".join(f"  {line}\n" for line in lines) + f"and {total - 8} others"
