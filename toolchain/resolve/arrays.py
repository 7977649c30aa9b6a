"""Array lengths as the current subset knows them: integer literals only.

rustc evaluates an array length as a constant expression (`[0; N]`, `[u8; 2 * 4]`);
until constants and const evaluation exist, a length is an unsuffixed or `usize`
integer literal, and anything else is refused as unsupported where it is written.
"""

from __future__ import annotations

from ..syntax import ast


def literal_len(e: ast.Expr) -> int | None:
    """The value of a length written as an integer literal, or None."""
    k = e.kind
    while isinstance(k, ast.ExprParen):
        k = k.expr.kind
    if isinstance(k, ast.ExprLit) and k.lit.kind == "int" and k.lit.suffix in (None, "", "usize"):
        return k.lit.value
    return None
