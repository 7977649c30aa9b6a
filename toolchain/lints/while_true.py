"""while_true (rustc_lint::builtin::WhileTrue, an early lint): `while true` (the literal,
through parentheses), with a suggestion to write `loop`."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast

LEVEL_NOTE = "`#[warn(while_true)]` on by default"


def check_while_true(e: ast.Expr, out) -> None:
    k = e.kind
    if not isinstance(k, ast.ExprWhile):
        return
    cond = k.cond
    inner = cond
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if not (isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "bool"
            and inner.kind.lit.symbol == "true"):
        return
    span = Span(e.span.lo, cond.span.hi)
    replace = f"{k.label.name}: loop" if k.label is not None else "loop"
    d = Diagnostic.warning("denote infinite loops with `loop { ... }`", span)
    d.help("use `loop`", suggestions=[Suggestion(span, replace, "MachineApplicable",
                                                "HideCodeInline")])
    out.emit("while_true", d, level_note=LEVEL_NOTE)
