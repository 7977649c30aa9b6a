"""MIR for `map[&k]` and `deque[i]` (typeck/collection_index.py).

A map's index is `*map_index(&map, &k)`: std's `map_index` (std/collections.rs) gives
the reference, or panics "no entry found for key" at the `[`. A `VecDeque` is a list in
the machine: its index is the element's place after a bounds check that panics as
std's does ("Out of bounds access")."""

from __future__ import annotations

from ..source import Span
from ..syntax import ast
from ..types import BOOL, Ty, int_ty, ref
from . import ir

USIZE = int_ty("usize")


def applies(t: Ty) -> bool:
    return t.kind == "adt" and t.name in ("HashMap", "BTreeMap", "VecDeque")


def index_place(b, e: ast.Expr, k: ast.ExprIndex, base: ir.Place, t: Ty) -> ir.Place:
    call_span = Span(k.expr.span.hi, e.span.hi)     # (rustc's place for `Index::index`)
    if t.name == "VecDeque":
        idx = b.temp(USIZE, k.index.span)
        b.expr_into(k.index, idx)
        length = b.temp(USIZE, e.span)
        b.push(length, ir.Len(base, e.span), e.span)
        ok = b.temp(BOOL, e.span)
        b.push(ok, ir.BinaryOp("<", ir.Copy(idx), ir.Copy(length), USIZE), e.span)
        nb = b.new_block()
        b.terminate(ir.Assert(ir.Copy(ok), True, "Out of bounds access", nb, call_span))
        b.cur = nb
        return base.index(idx.local)
    r = b.temp(ref(t), k.expr.span)
    b.push(r, ir.Ref(base, False, k.expr.span, k.expr.span), e.span)
    key = b.operand(k.index)
    out = b.temp(ref(t.args[1]), e.span)
    nb = b.new_block()
    b.terminate(ir.Call(b.tcx.map_index[e.id], [ir.Copy(r, k.expr.span), key], out, nb,
                        call_span, b.tcx.generic_args.get(e.id, ()), call_span))
    b.cur = nb
    return out.deref()
