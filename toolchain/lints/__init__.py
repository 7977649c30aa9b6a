"""rustc's warn-by-default lints for unused code, run once a program compiled.

rustc computes them in different phases (unused_mut in borrowck, unused_variables and
unused_assignments in MIR liveness, dead_code in a crate pass after type checking)
and emits them in that order per function body, dead code last. `run_lints`
reproduces that order. The `#[warn(...)] on by default` note goes on the first
warning of each lint, as rustc's lint level machinery does.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from .dead_code import dead_code
from .known_panics import known_panics
from .levels import LintContext
from .passes import early_lints, late_lints
from .unreachable_code import unreachable_in_fn
from .unused import unused_in_body


class LintEmitter:
    """Collects a phase's diagnostics in order. `emit` gives a lint its level from the
    session's `LintContext` (attributes, defaults) with rustc's level notes, or drops
    it when allowed; errors and other diagnostics go straight into `diags`."""

    def __init__(self, cx: LintContext | None = None) -> None:
        self.cx = cx if cx is not None else LintContext()
        self.diags: list[Diagnostic] = []

    def emit(self, lint: str, d: Diagnostic, level_note: str | None = None) -> Diagnostic | None:
        d = self.cx.apply(lint, d, level_note)
        if d is not None:
            self.diags.append(d)
        return d

    def allowed(self, lint: str, span) -> bool:
        return self.cx.allowed(lint, span)


__all__ = ["LintContext", "LintEmitter", "dead_code", "early_lints", "known_panics", "late_lints",
           "unreachable_in_fn", "unused_in_body"]
