"""MIR lowering of operators on the learner's types (typeck/op_overload.py): calls of
their trait's method, as rustc lowers an overloaded operator (helpers for
`build._Builder`).

- `a op b`: `Trait::method(a, b)`, both operands moved (or copied);
- `a op= b`: `Trait::method(&mut a, b)`, a mutable borrow of the assigned place;
- `-a` / `!a`: `Trait::method(a)`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import UNIT, ref
from . import ir


def _call(b, e: ast.Expr, args: list, dest: ir.Place, fn_span) -> None:
    call = b.tcx.op_calls[e.id]
    # (borrowck/operator_moves.py: "`a` moved due to usage in operator")
    b.op_spans[b.cur] = (e.span, call.trait, call.kind == "unary")
    nb = b.new_block()
    b.terminate(ir.Call(call.key, args, dest, nb, e.span, b.tcx.generic_args.get(e.id, ()),
                        fn_span, b.tcx.trait_selves.get(e.id),
                        trait_args=b.tcx.trait_call_args.get(e.id, ())))
    b.cur = nb


def binary_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place) -> None:
    args = [b.operand(k.lhs), b.operand(k.rhs)]
    _call(b, e, args, dest, k.op_span)


def assign_into(b, e: ast.Expr, k: ast.ExprAssignOp, dest: ir.Place) -> None:
    place = b.place_of(k.lhs)
    # The right operand is read before the `&mut` borrow is used: rustc's two-phase
    # borrow of the assigned place (`m *= m` with `m: Copy` is accepted).
    value = b.temp(b.ty_of(k.rhs), k.rhs.span)
    b.expr_into(k.rhs, value)
    rhs = ir.Move(value, k.rhs.span)
    tmp = b.temp(ref(b.ty_of(k.lhs), True), k.lhs.span)
    b.push(tmp, ir.Ref(place, True, k.lhs.span), k.lhs.span)
    _call(b, e, [ir.Copy(tmp, k.lhs.span), rhs], b.temp(UNIT, e.span), k.op_span)
    b.push(dest, ir.Use(ir.Const((), UNIT)), e.span)


def unary_into(b, e: ast.Expr, k: ast.ExprUnary, dest: ir.Place) -> None:
    _call(b, e, [b.operand(k.expr)], dest, e.span)


def into(b, e: ast.Expr, k, dest: ir.Place) -> None:
    if isinstance(k, ast.ExprBinary):
        binary_into(b, e, k, dest)
    elif isinstance(k, ast.ExprAssignOp):
        assign_into(b, e, k, dest)
    else:
        unary_into(b, e, k, dest)


def index_place(b, e: ast.Expr, k: ast.ExprIndex, read: bool) -> ir.Place:
    """`g[i]`: the place `*Index::index(&g, i)`."""
    from .build_refs import derefs
    n = b.tcx.field_derefs.get(e.id, 0)
    base = derefs(b.as_place(k.expr, True), n)
    t = b.ty_of(k.expr)
    for _ in range(n):
        t = t.args[0]
    r = b.temp(ref(t), k.expr.span)
    b.push(r, ir.Ref(base, False, k.expr.span), k.expr.span)
    idx = b.operand(k.index)
    out = b.temp(ref(b.ty_of(e)), e.span)
    # (rustc's span of the call: the brackets, where a panic inside is reported)
    _call(b, e, [ir.Copy(r, k.expr.span), idx], out, ir.Span(k.expr.span.hi, e.span.hi))
    return out.deref()


def track_caller_impls(tcx) -> set:
    """The learner's `Index::index` methods: core declares `index` `#[track_caller]`,
    and an impl's method inherits it, so a panic inside reports the `g[i]` that called
    it (at its brackets)."""
    cx = tcx.traits
    if cx is None:
        return set()
    return {info.keys["index"] for info in cx.generic.get("Index", ()) if "index" in info.keys}
