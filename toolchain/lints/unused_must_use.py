"""rustc's `unused_must_use` for the values of std types marked `#[must_use = ".."]` in
Ferrite's std source (the iterator adapters: "iterators are lazy and do nothing unless
consumed"), dropped by an expression statement."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast

_MESSAGES: dict | None = None


def _messages() -> dict:
    global _MESSAGES
    if _MESSAGES is None:
        from ..std import load
        out = {}
        for item, key in load().items:
            if key is None or not isinstance(item.kind, (ast.Struct, ast.Enum)):
                continue
            for a in item.attrs:
                if a.name == "must_use" and a.eq_value is not None \
                        and isinstance(a.eq_value.kind, ast.ExprLit):
                    out[key] = a.eq_value.kind.lit.value
        _MESSAGES = out
    return _MESSAGES


def check(n: ast.StmtExpr, tcx, out) -> None:
    if not n.semi:
        return
    t = tcx.expr_types.get(n.expr.id)
    if t is None or t.kind != "adt":
        return
    msg = _messages().get(t.name)
    if msg is None:
        return
    span = n.expr.span
    from ..types import UNTRIMMED_ADTS      # (std names rustc keeps whole: `std::slice::Iter`)
    name = t.name if t.name in UNTRIMMED_ADTS else t.name.rsplit('::', 1)[-1]
    d = Diagnostic.warning(f"unused `{name}` that must be used", span)
    d.note(msg)
    d.help("use `let _ = ...` to ignore the resulting value",
           suggestions=[Suggestion(Span(span.lo, span.lo), "let _ = ", "MachineApplicable",
                                   "ShowAlways")])
    out.emit("unused_must_use", d)
