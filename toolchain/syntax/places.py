"""Which expressions can never be assigned to (rustc's `is_place_expr` is false for
them): resolve lets them through so that typeck reports E0070/E0067 like rustc."""

from __future__ import annotations

from . import ast

# Destructuring assignment's tuples, arrays and structs are places of another kind
# and are not in this list.
NOT_PLACES = (ast.ExprLit, ast.ExprBinary, ast.ExprCall, ast.ExprMethodCall, ast.ExprCast)


def is_non_place(e: ast.Expr) -> bool:
    while isinstance(e.kind, ast.ExprParen):
        e = e.kind.expr
    k = e.kind
    return isinstance(k, NOT_PLACES) or (isinstance(k, ast.ExprUnary) and k.op != "*")
