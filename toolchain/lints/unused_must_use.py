"""rustc's `unused_must_use` for the values of std types marked `#[must_use = ".."]` in
Ferrite's std source (the iterator adapters: "iterators are lazy and do nothing unless
consumed"), dropped by an expression statement; then, like rustc, for the call of a std
function marked `#[must_use]` (must_use_fns.py): both warnings when both apply."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve.adts import must_use_of
from ..source import Span
from ..syntax import ast
from .must_use_fns import must_use_path

_MESSAGES: dict | None = None


def _messages() -> dict:
    global _MESSAGES
    if _MESSAGES is None:
        from ..std import load
        out = {}
        for item, key in load().items:
            if key is None or not isinstance(item.kind, (ast.Struct, ast.Enum)):
                continue
            msg = must_use_of(item.attrs)
            if msg:      # (std's must_use types all say why; rustc's name when not trimmed)
                out[key] = (msg, must_use_path(item.attrs))
        _MESSAGES = out
    return _MESSAGES


def check(n: ast.StmtExpr, tcx, res, out) -> None:
    if not n.semi:
        return
    # rustc looks through blocks to their tail (`{ s.trim() };`): the value dropped.
    expr, from_block = n.expr, False
    while isinstance(expr.kind, ast.ExprBlock) and expr.kind.block.stmts:
        tail = expr.kind.block.stmts[-1].kind
        if not isinstance(tail, ast.StmtExpr) or tail.semi:
            break
        expr, from_block = tail.expr, True
    _check_type(expr, from_block, tcx, res, out)
    from .must_use_fns import must_use
    found = must_use(ast.unparen(expr), tcx, res)
    if found is not None:
        path, note = found
        _emit(f"unused return value of `{path}` that must be used", note, expr.span,
              from_block, out)


def _check_type(expr: ast.Expr, from_block: bool, tcx, res, out) -> None:
    t = tcx.expr_types.get(expr.id)
    if t is None or t.kind != "adt":
        return
    found = _messages().get(t.name)
    if found is None:
        # The learner's own `#[must_use]` types, at the crate's root (a module's would
        # need rustc's trimmed path: not warned).
        adt = res.adts.get(t.name)
        if adt is None or adt.must_use is None or "::" in t.name:
            return
        found = (adt.must_use or None, t.name)
    msg, name = found
    if name is None:
        from ..types import UNTRIMMED_ADTS      # (std names rustc keeps whole: `std::slice::Iter`)
        name = t.name if t.name in UNTRIMMED_ADTS else t.name.rsplit('::', 1)[-1]
    _emit(f"unused `{name}` that must be used", msg, expr.span, from_block, out)


def _emit(title: str, note: str | None, span: Span, from_block: bool, out) -> None:
    d = Diagnostic.warning(title, span)
    if note is not None:
        d.note(note)
    parts = [Suggestion(Span(span.lo, span.lo), "let _ = ", "MachineApplicable", "ShowAlways")]
    if from_block:      # (the tail becomes a statement: `{ let _ = s.trim(); };`)
        parts.append(Suggestion(Span(span.hi, span.hi), ";", "MachineApplicable", "ShowAlways"))
    d.help("use `let _ = ...` to ignore the resulting value", suggestions=parts)
    out.emit("unused_must_use", d)
