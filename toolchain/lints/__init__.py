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
from .unused import unused_in_body


class LintEmitter:
    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.diags: list[Diagnostic] = []

    def emit(self, lint: str, d: Diagnostic) -> None:
        if lint not in self.seen:
            self.seen.add(lint)
            note = Diagnostic("note", f"`#[warn({lint})]` (part of `#[warn(unused)]`) on by default")
            # rustc attaches the level note after the lint's own notes and before
            # its suggestions.
            at = next((i for i, c in enumerate(d.children) if c.suggestions), len(d.children))
            d.children.insert(at, note)
        self.diags.append(d)


def run_lints(program, fns: dict, roots: list[str]) -> list[Diagnostic]:
    """`program`: MIR; `fns`: crate functions by name (AST items, in source order);
    `roots`: functions used by the outside world (`main`, tests)."""
    out = LintEmitter()
    for name in fns:
        unused_in_body(program.bodies[name], out)
    dead_code(program, fns, roots, out)
    return out.diags
