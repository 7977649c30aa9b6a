"""MIR for `const`/`static` initialisers (evaluated at compile time by the machine,
as rustc's CTFE runs MIR) and for the uses of their values in bodies."""

from __future__ import annotations

from ..source import Span
from ..syntax import ast
from ..types import Ty
from . import ir


def build_const_body(name: str, item: ast.Item, ty: Ty, res, tcx) -> ir.Body:
    from .build import _Builder
    b = _Builder(name, None, item.span, res, tcx)
    b.new_local(ty, item.span)          # _0: the constant's value
    b.cur = b.new_block()
    b.expr_into(item.kind.expr, ir.Place(0))
    b.terminate(ir.Return())
    for blk in b.blocks:
        if blk.terminator is None:
            blk.terminator = ir.Unreachable()
    return ir.Body(name, 0, b.locals, b.blocks, item.span, b.var_reads, b.loop_spans, b.groups)


def const_operand(b, name: str, ty: Ty, span: Span) -> ir.Operand:
    """The evaluated value of a constant: scalars inline, aggregates rebuilt afresh at
    each use (a use is a new value, never shared with other uses)."""
    value = b.tcx.const_values.get(name)
    if value is None:   # its evaluation failed (E0080): this body is never run
        return ir.Const(0, ty)
    if type(value) is not list:
        return ir.Const(value, ty)
    tmp = b.temp(ty, span)
    b.push(tmp, ir.Aggregate(_parts(b, value, ty, span)), span)
    return ir.Move(tmp, span)


def _parts(b, value: list, ty: Ty, span: Span) -> list[ir.Operand]:
    if ty.kind == "tuple":
        tys = list(ty.args)
    elif ty.kind == "array":        # (a constant array of tuples or structs)
        tys = [ty.args[0]] * len(value)
    else:
        layout = b.tcx.adts[ty.name]
        if layout.kind == "enum":
            from ..types import int_ty
            tys = [int_ty("isize")] + list(layout.variant_of(value[0]).tys)
        else:
            tys = list(layout.tys)
    out: list[ir.Operand] = []
    for v, t in zip(value, tys):
        if type(v) is list:
            tmp = b.temp(t, span)
            b.push(tmp, ir.Aggregate(_parts(b, v, t, span)), span)
            out.append(ir.Move(tmp, span))
        else:
            out.append(ir.Const(v, t))
    return out
