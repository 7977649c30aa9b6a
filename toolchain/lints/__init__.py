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
from .passes import early_lints, late_lints
from .unreachable_code import unreachable_in_fn
from .unused import unused_in_body


class LintEmitter:
    """Collects a phase's diagnostics in order; `emit` adds a lint's level note the
    first time that lint fires in the crate (`seen` is shared by the session)."""

    def __init__(self, seen: set[str] | None = None) -> None:
        self.seen: set[str] = seen if seen is not None else set()
        self.diags: list[Diagnostic] = []

    def emit(self, lint: str, d: Diagnostic, level_note: str | None = None) -> None:
        if lint not in self.seen:
            self.seen.add(lint)
            note = Diagnostic("note", level_note or
                              f"`#[warn({lint})]` (part of `#[warn(unused)]`) on by default")
            # rustc attaches the level note after the lint's own notes and before
            # its suggestions.
            at = next((i for i, c in enumerate(d.children) if c.suggestions), len(d.children))
            d.children.insert(at, note)
        self.diags.append(d)


__all__ = ["LintEmitter", "dead_code", "early_lints", "known_panics", "late_lints",
           "unreachable_in_fn", "unused_in_body"]
