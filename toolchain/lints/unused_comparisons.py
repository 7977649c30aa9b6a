"""unused_comparisons (rustc_lint::types::TypeLimits, a late lint): a comparison of an
integer with a literal that the type's range makes always true or always false."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import int_range

LEVEL_NOTE = "`#[warn(unused_comparisons)]` on by default"
_REV = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _strip(e: ast.Expr) -> ast.Expr:
    while isinstance(e.kind, ast.ExprParen):   # HIR has no parentheses
        e = e.kind.expr
    return e


def _is_int_lit(e: ast.Expr) -> bool:
    return isinstance(e.kind, ast.ExprLit) and e.kind.lit.kind == "int"


def _valid(op: str, v: int, lo: int, hi: int) -> bool:
    if op == "<":
        return lo < v <= hi
    if op == "<=":
        return lo <= v < hi
    if op == ">":
        return lo <= v < hi
    if op == ">=":
        return lo < v <= hi
    return lo <= v <= hi


def check_comparison(e: ast.Expr, tcx, out) -> None:
    k = e.kind
    if not isinstance(k, ast.ExprBinary) or k.op not in ("==", "!=", "<", "<=", ">", ">="):
        return
    lhs, rhs = _strip(k.lhs), _strip(k.rhs)
    if isinstance(lhs.kind, ast.ExprLit):
        lit, other, op = lhs, rhs, _REV.get(k.op, k.op)
    elif isinstance(rhs.kind, ast.ExprLit):
        lit, other, op = rhs, lhs, k.op
    else:
        return
    if not _is_int_lit(lit):
        return
    t = tcx.expr_types.get(other.id)
    if t is None or t.kind != "int":
        return
    v = lit.kind.lit.value
    if not isinstance(v, int):
        return
    lo, hi = int_range(t.name)
    if t.name.startswith("i") and lit.kind.lit.suffix and lit.kind.lit.suffix.startswith("u"):
        return   # rustc only reads signed or unsuffixed literals against a signed type
    if not _valid(op, v, lo, hi):
        out.emit("unused_comparisons",
                 Diagnostic.warning("comparison is useless due to type limits", e.span),
                 level_note=LEVEL_NOTE)
