"""E0716: a borrow of a temporary used after the temporary was dropped at the end of
its statement (rustc_borrowck's `report_temporary_value_does_not_live_long_enough`).
Which temporaries die where is MIR building's (mir/temporaries.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span

_MSG = "consider using a `let` binding to create a longer lived value"


def dropped_temporary(reporter, loan, j: int, p: int) -> Diagnostic | None:
    info = reporter.body.temp_borrows.get(loan.place.local)
    if not isinstance(info, tuple):
        return None
    expr_span, semi, stmt_span = info
    d = Diagnostic.error("temporary value dropped while borrowed", expr_span,
                         "creates a temporary value which is freed while still in use",
                         code="E0716")
    d.secondary(semi, "temporary value is freed at the end of this statement")
    source = getattr(getattr(reporter.facts.ctx, "res", None), "source", None)
    if stmt_span is not None and source is not None:
        # rustc hoists the temporary into a `let` before the statement, when the
        # statement is one of the function body's own.
        data = source.data
        line_start = data.rfind(b"\n", 0, stmt_span.lo) + 1
        margin = len(data[line_start:stmt_span.lo].decode())
        text = data[expr_span.lo:expr_span.hi].decode()
        d.help(_MSG, suggestions=[
            Suggestion(Span(stmt_span.lo, stmt_span.lo),
                       f"let binding = {text};\n{' ' * margin}", "MaybeIncorrect", "ShowAlways"),
            Suggestion(expr_span, "binding", "MaybeIncorrect", "ShowAlways")])
    else:
        d.note(_MSG)
    reporter.explain(d, j, p, "")
    return d
