"""The `irrefutable_let_patterns` lint: an `if let`, `while let` or `let...else` whose
pattern always matches (rustc's check_match). A `let` inside a let chain is not linted
(rustc 1.95 accepts irrefutable patterns in chains silently)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from .usefulness import missing_witnesses

_TEXT = {
    "if": ("irrefutable `if let` pattern", "this pattern will always match, so the `if let` is useless",
           "consider replacing the `if let` with a `let`"),
    "while": ("irrefutable `while let` pattern",
              "this pattern will always match, so the loop will never exit",
              "consider instead using a `loop { ... }` with a `let` inside it"),
    "else": ("irrefutable `let...else` pattern",
             "this pattern will always match, so the `else` clause is useless",
             "consider removing the `else` clause"),
}


def is_irrefutable(checker, pat: ast.Pat, ty) -> bool:
    rows = [[d] for d in checker.deconstruct(pat, ty)]
    return not missing_witnesses(rows, [checker.shape(ty)])


def check_let_expr(checker, kind: str, let: ast.Expr) -> None:
    """`let` directly in an `if`/`while` condition."""
    ty = checker.tcx.expr_types.get(let.kind.expr.id)
    if ty is None or ty.is_error:
        return
    if is_irrefutable(checker, let.kind.pat, ty):
        _lint(checker, kind, let.span)


def check_let_else(checker, stmt: ast.Stmt) -> None:
    k = stmt.kind
    ty = checker.tcx.expr_types.get(k.init.id)
    if ty is None or ty.is_error:
        return
    if is_irrefutable(checker, k.pat, ty):
        _lint(checker, "else", Span(stmt.span.lo, k.init.span.hi))


def _lint(checker, kind: str, span: Span) -> None:
    msg, note, help_ = _TEXT[kind]
    d = Diagnostic.warning(msg, span)
    d.note(note)
    d.help(help_)
    checker.emit_lint("irrefutable_let_patterns", d,
                      "`#[warn(irrefutable_let_patterns)]` on by default")
