"""`Display::fmt(&self.0, f)` / `self.0.fmt(f)` (typeck/fmt_forward.py): the machine's
`fmt_forward` shim formats the referenced value with the Formatter's own options and
appends it to the Formatter (interp/fmt_forward.py)."""

from __future__ import annotations

from ..syntax import ast
from . import ir


def call_into(b, e: ast.Expr, value: ast.Expr, f: ast.Expr, dest: ir.Place) -> None:
    trait, ty = b.tcx.fmt_forwards[e.id]
    args = [b.operand(value), b.operand(f)]
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", args, dest, nb, e.span, ("fmt_forward", trait, ty)))
    b.cur = nb


def method_into(b, e: ast.Expr, k: ast.ExprMethodCall, dest: ir.Place) -> None:
    """`x.fmt(f)`: the receiver auto-referenced (`&x`); `f.pad(s)` (..): the Formatter
    reborrowed."""
    from ..types import ref
    trait, ty = b.tcx.fmt_forwards[e.id]
    if trait == "f":
        f = k.receiver
        place = b.as_place(f, read=True)
        if b.ty_of(f).kind == "ref":
            tmp = b.temp(b.ty_of(f), f.span)
            b.push(tmp, ir.Ref(place.deref(), True, f.span), f.span)
            first = ir.Copy(tmp, f.span)
        else:      # a `debug_struct(..)` builder held by value: `&mut builder` (autoref)
            from ..types import ref
            tmp = b.temp(ref(b.ty_of(f), True), f.span)
            b.push(tmp, ir.Ref(place, True, f.span), f.span)
            first = ir.Copy(tmp, f.span)
        args = [first] + [b.operand(a) for a in k.args]
        nb = b.new_block()
        b.terminate(ir.Intrinsic("shim", args, dest, nb, e.span, ("formatter_method", ty)))
        b.cur = nb
        return
    recv = k.receiver
    if b.ty_of(recv).kind == "ref":
        first = b.operand(recv)
    else:
        place = b.as_place(recv, read=True)
        tmp = b.temp(ref(b.ty_of(recv)), recv.span)
        b.push(tmp, ir.Ref(place, False, recv.span), recv.span)
        first = ir.Copy(tmp, recv.span)
    args = [first, b.operand(k.args[0])]
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", args, dest, nb, e.span, ("fmt_forward", trait, ty)))
    b.cur = nb
