"""rustc's explanation when a non-exhaustive `match` has an arm that looks like a
catch-all binding but names a constant (`YES => ..` matches only YES's value)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def explain(checker, d: Diagnostic, arms: list[ast.Arm]) -> None:
    from ..typeck.consts import const_header
    for arm in arms:
        p = arm.pat
        r = checker.res.values.get(p.id)
        if not isinstance(p.kind, ast.PatIdent) or r is None or r.kind != "const":
            continue
        name = r.target
        d.secondary(p.span, "this pattern doesn't introduce a new catch-all binding, but rather "
                            f"pattern matches against the value of constant `{name}`")
        note = Diagnostic("note", f"constant `{name}` defined here")
        note.primary(const_header(checker.res.consts[name]))
        d.children.append(note)
        d.help("if you meant to introduce a binding, use a different name",
               suggestions=[Suggestion(Span(p.span.hi, p.span.hi), "_var", "MaybeIncorrect",
                                       "ShowAlways")])
