"""rustc's wording around byte string literals (`b"abc"`) in type errors.

The literal's type is `&'static [u8; N]`: rustc's `expected/found` note prints that
region (it is the literal's own type, as `&'static str` is a string literal's), and
where a `&str` was expected it suggests removing the leading `b`.
"""

from __future__ import annotations

from ..diagnostics.model import Suggestion
from ..source import Span
from ..syntax import ast
from ..types import STR_REF


def is_bytestr(expr: ast.Expr | None) -> bool:
    while expr is not None and isinstance(expr.kind, ast.ExprParen):
        expr = expr.kind.expr
    return expr is not None and isinstance(expr.kind, ast.ExprLit) and expr.kind.lit.kind == "bytestr"


def _lit(expr: ast.Expr | None, kind: str) -> ast.Expr | None:
    while expr is not None and isinstance(expr.kind, ast.ExprParen):
        expr = expr.kind.expr
    ok = expr is not None and isinstance(expr.kind, ast.ExprLit) and expr.kind.lit.kind == kind
    return expr if ok else None


def _u8_seq_ref(t) -> bool:
    return t.kind == "ref" and t.args[0].kind in ("array", "slice") \
        and t.args[0].args[0].kind == "int" and t.args[0].args[0].name == "u8"


def found_text(expr: ast.Expr | None, fnd, text: str) -> str:
    """The found type of the note: a literal's `'static` region written out."""
    if is_bytestr(expr) and fnd.kind == "ref" and text.startswith("&["):
        return "&'static " + text[1:]
    if _lit(expr, "str") is not None and fnd == STR_REF and text == "&str":
        return "&'static str"
    return text


def remove_b_help(d, expr: ast.Expr | None, exp) -> bool:
    """`let s: &str = b"abc";`: "consider removing the leading `b`", and
    `let b: &[u8] = "abc";`: "consider adding a leading `b`" (rustc's
    `suggest_deref_or_ref`)."""
    lit = _lit(expr, "str")
    if lit is not None and _u8_seq_ref(exp) and lit.kind.lit.symbol.startswith(('"', 'r')):
        d.help("consider adding a leading `b`",
               suggestions=[Suggestion(Span(lit.span.lo, lit.span.lo), "b", "MachineApplicable", "ShowAlways")])
        return True
    if not is_bytestr(expr) or exp != STR_REF:
        return False
    while isinstance(expr.kind, ast.ExprParen):
        expr = expr.kind.expr
    span = expr.span
    d.help("consider removing the leading `b`",
           suggestions=[Suggestion(Span(span.lo, span.lo + 1), "", "MachineApplicable", "ShowAlways")])
    return True
