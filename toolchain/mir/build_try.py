"""MIR for `e?` on `Option` and `Result` (typeck/try_op.py): test the variant, return
the residual (`None`, or the `Err` with its error moved) from the function, else
continue with the payload moved out of `Some`/`Ok`."""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, int_ty
from . import ir


def try_into(b, e: ast.Expr, k, dest: ir.Place, kind: str) -> None:
    place = b.as_place(k.expr, read=True)
    isize = int_ty("isize")
    enum = kind           # "Option" | "Result": the std enums' names are their keys
    # The variant that continues: `Some` (index 1) or `Ok` (index 0).
    go_on = 1 if kind == "Option" else 0
    stop = 1 - go_on
    is_go_on = b.temp(BOOL, e.span)
    b.push(is_go_on, ir.BinaryOp("==", ir.Copy(place.field(0), e.span),
                                 b.discr((enum, go_on)), isize), e.span)
    ok, residual = b.new_block(), b.new_block()
    b.terminate(ir.SwitchBool(ir.Copy(is_go_on), ok, residual))
    b.cur = residual
    ops = [b.discr((enum, stop))]
    from . import build_drops      # (what `?` moves out is not dropped with the temporary)
    need = build_drops.builder_needs(b, b.ty_of(k.expr))
    convert = b.tcx.try_from.get(e.id)
    from ..typeck.box_error import BOX_DYN
    if kind == "Result" and convert == BOX_DYN:
        # `Err(Box::new(err) as Box<dyn Error>)`: std's generic `From` (typeck/box_error.py).
        from .build_collections import shim
        from ..types import Ty
        err = b.temp(b.locals[0].ty.args[1], e.span)
        shim(b, "dyn_box_new", [ir.Move(place.field(1), e.span, need),
                                ir.Const(b.ty_of(k.expr).args[1], Ty("tuple"))], err, e.span)
        ops.append(ir.Move(err, e.span))
    elif kind == "Result" and convert is not None:
        # `Err(From::from(err))`: the impl's `from` converts the error (typeck/try_from.py).
        err = b.temp(b.tcx.sigs[convert].ret, e.span)
        nb = b.new_block()
        b.terminate(ir.Call(convert, [ir.Move(place.field(1), e.span, need)], err, nb, e.span))
        b.cur = nb
        ops.append(ir.Move(err, e.span))
    elif kind == "Result":
        ops.append(ir.Move(place.field(1), e.span, need))
    b.push(ir.Place(0), ir.Aggregate(ops), e.span)
    build_drops.before_return(b, e.span)
    b.terminate(ir.Return())
    b.cur = ok
    b.push(dest, ir.Use(ir.Move(place.field(1), e.span, need)), e.span)
