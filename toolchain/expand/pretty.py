"""Expression pretty-printing for `assert!`'s message ("assertion failed: a == b").

rustc prints the condition with `pprust::expr_to_string`, which normalises spacing
(`!x&&x` -> `!x && x`, `f(1,2)` -> `f(1, 2)`). Expressions made of operators,
calls, paths (with generic arguments), fields, indexing, casts, ranges, tuples and
arrays are printed by the AST printer (`syntax.printer`, rustc's pretty-printer
style); anything else (blocks, closures, macro calls, whose layout rustc's printer
decides by line width) falls back to the source text with whitespace collapsed,
which is what rustc prints for simple code anyway.
"""

from __future__ import annotations

from ..syntax import ast
from ..syntax.printer import Printer

_SIMPLE = (ast.ExprLit, ast.ExprPath, ast.ExprUnary, ast.ExprBinary, ast.ExprParen, ast.ExprCall,
           ast.ExprMethodCall, ast.ExprField, ast.ExprIndex, ast.ExprAddrOf, ast.ExprTry,
           ast.ExprTuple, ast.ExprArray, ast.ExprCast, ast.ExprRange)


def _simple(e: ast.Expr) -> bool:
    """Only the node kinds the printer lays out exactly like rustc on one line."""
    if e.attrs:
        return False
    k = e.kind
    if not isinstance(k, _SIMPLE):
        return False
    if isinstance(k, ast.ExprAddrOf) and k.raw:
        return False
    if isinstance(k, ast.ExprPath) and k.qself is not None:
        return False
    for sub in _children(k):
        if not _simple(sub):
            return False
    return True


def _children(k) -> list[ast.Expr]:
    if isinstance(k, (ast.ExprUnary, ast.ExprParen, ast.ExprAddrOf, ast.ExprTry, ast.ExprField,
                      ast.ExprCast)):
        return [k.expr]
    if isinstance(k, ast.ExprBinary):
        return [k.lhs, k.rhs]
    if isinstance(k, ast.ExprCall):
        return [k.func, *k.args]
    if isinstance(k, ast.ExprMethodCall):
        return [k.receiver, *k.args]
    if isinstance(k, ast.ExprIndex):
        return [k.expr, k.index]
    if isinstance(k, (ast.ExprTuple, ast.ExprArray)):
        return list(k.elems)
    if isinstance(k, ast.ExprRange):
        return [x for x in (k.lo, k.hi) if x is not None]
    return []


def expr_to_string(e: ast.Expr, source) -> str:
    try:
        if _simple(e):
            return Printer().expr(e, 0)
    except RecursionError:
        pass
    if source is None:
        return "..."
    return " ".join(source.snippet(e.span).split())
