"""Lowering bitwise operators and shifts, with rustc's debug-build shift check.

`& | ^` never panic. A shift asserts that its amount, taken as an unsigned number
(so a negative amount is huge), is below the left type's bit width, as rustc's MIR
does before `Shl`/`Shr`: `attempt to shift left with overflow`.
"""

from __future__ import annotations

from ..source import Span
from ..types import BOOL, INT_BITS, Ty, int_ty
from . import ir

SHIFT_MSG = {"<<": "attempt to shift left with overflow",
             ">>": "attempt to shift right with overflow"}


def bit_into(b, op: str, lhs: ir.Operand, rhs: ir.Operand, ty: Ty, rhs_ty: Ty,
             dest: ir.Place, span: Span) -> None:
    """`dest = lhs op rhs` for `& | ^ << >>` on integers (and `& | ^` on bool)."""
    if op in SHIFT_MSG and ty.is_int and rhs_ty.is_int:
        u128 = int_ty("u128")
        amount = b.temp(u128, span)
        b.push(amount, ir.Cast(rhs, rhs_ty, u128), span)
        ok = b.temp(BOOL, span)
        b.push(ok, ir.BinaryOp("<", ir.Copy(amount), ir.Const(INT_BITS[ty.name], u128), u128), span)
        nb = b.new_block()
        b.terminate(ir.Assert(ir.Copy(ok), True, SHIFT_MSG[op], nb, span,
                              ("shift", op, (rhs,), rhs_ty)))
        b.cur = nb
    b.push(dest, ir.BinaryOp(op, lhs, rhs, ty), span)
