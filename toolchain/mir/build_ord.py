"""MIR lowering of `<`, `<=`, `>`, `>=` on a type with a hand-written `PartialOrd`:
as std's provided `PartialOrd::lt` (..) do, `partial_cmp(&a, &b)` is called (the
learner's method) and its `Option<Ordering>` tested (interp/shims_ord.py). A helper
for `build._Builder`."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty
from . import ir
from .build_collections import shim
from .build_traits import hand_impl, operand_refs

_OPS = ("<", "<=", ">", ">=")
ORDERING = Ty("adt", "std::cmp::Ordering")


def user_ord_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place) -> bool:
    cx = b.tcx.traits
    if cx is None or not cx.pord_impls or k.op not in _OPS:
        return False
    got = hand_impl(b, k.lhs, cx.pord_impls)
    if got is None:
        return False
    t, n, key = got
    ord_call_into(b, e, k, dest, t, n, key, None)
    return True


def ord_call_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place, t: Ty, n: int, key: str,
                  self_ty) -> None:
    """`dest = partial_cmp(&a, &b)` tested for `k.op`, where `a` and `b` are `t` behind
    `n` references (`self_ty`: the type parameter a call through a bound dispatches on)."""
    args = operand_refs(b, k, t, n)
    out = b.temp(Ty("adt", "Option", (ORDERING,)), e.span)
    nb = b.new_block()
    b.terminate(ir.Call(key, args, out, nb, e.span, (), k.op_span if self_ty else None, self_ty))
    b.cur = nb
    shim(b, "ord_test", [ir.Copy(out, e.span), ir.Const(k.op, Ty("str", "str"))], dest, e.span)
