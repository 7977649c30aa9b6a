"""Loop and block labels (`'outer: loop`, `'a: { .. }`), resolved like rustc_resolve's
label ribs: a `break 'a` / `continue 'a` names the innermost enclosing expression
labelled `'a`.

Results: `labels[break or continue expr id] = labelled expr id`, and the labels
never named, for the early lint pass's `unused_labels` (rustc buffers that lint on
the labelled expression). Errors and warnings rustc's resolver gives here: E0426
(undeclared label, with a similarly named reachable label suggested) and the
shadowing warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from .suggest import find_best_match


@dataclass
class _Label:
    name: str
    span: Span
    target: int                 # the labelled expression's id
    used: bool = False


class LabelScopes:
    def __init__(self, labels: dict[int, int], unused: dict[int, Span], diags: list):
        self.labels, self.unused, self.diags = labels, unused, diags
        self.stack: list[_Label] = []

    def reset(self) -> None:
        """A function body starts with no labels in scope (they never cross items)."""
        self.stack = []

    def enter(self, label: ast.Lifetime | None, target: int) -> None:
        if label is None:
            self.stack.append(_Label("", Span(0, 0), target, True))
            return
        prev = next((l for l in reversed(self.stack) if l.name == label.name), None)
        if prev is not None:
            d = Diagnostic.warning(f"label name `{label.name}` shadows a label name that is "
                                   "already in scope", label.span,
                                   f"label `{label.name}` already in scope")
            d.secondary(prev.span, "first declared here")
            self.diags.append(d)
        self.stack.append(_Label(label.name, label.span, target))

    def exit(self) -> None:
        lab = self.stack.pop()
        if not lab.used:
            self.unused[lab.target] = lab.span

    def resolve(self, e: ast.Expr, label: ast.Lifetime) -> None:
        for lab in reversed(self.stack):
            if lab.name == label.name:
                lab.used = True
                self.labels[e.id] = lab.target
                return
        d = Diagnostic.error(f"use of undeclared label `{label.name}`", code="E0426")
        best = find_best_match([l.name for l in self.stack if l.name], label.name)
        if best is not None:
            d.primary(label.span, f"undeclared label `{label.name}`")
            at = next(l for l in reversed(self.stack) if l.name == best)
            d.secondary(at.span, "a label with a similar name is reachable")
            d.help("try using similarly named label",
                   suggestions=[Suggestion(label.span, best, "MaybeIncorrect")])
        else:
            d.primary(label.span, f"undeclared label `{label.name}`")
        self.diags.append(d)
