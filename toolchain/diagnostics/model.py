"""The diagnostic model shared by every phase.

Mirrors rustc's `Diag`: a level, an optional error code, a message, labelled spans
(one or more primary, any number secondary) and children (notes and helps), which
may carry spans or suggested replacements of their own.

Phases build these values and return them; they never print or raise them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..source import Span

Level = Literal["error", "warning", "note", "help", "failure-note", "internal-error"]


@dataclass
class SpanLabel:
    span: Span
    label: str | None = None
    primary: bool = True


@dataclass
class Suggestion:
    """A replacement of `span` by `replacement` (rustc's `suggested_replacement`)."""

    span: Span
    replacement: str
    applicability: str = "MachineApplicable"  # or MaybeIncorrect, HasPlaceholders, Unspecified
    # rustc's SuggestionStyle: how the human renderer shows it (not in rustc's JSON).
    # "ShowCode": inline when short, else a diff; "ShowAlways": always a diff;
    # "HideCodeInline": inline label without the code; "HideCodeAlways": `= help:`;
    # "CompletelyHidden": JSON only.
    style: str = "ShowCode"


@dataclass
class ExternalSpan:
    """A labelled place in a file whose source rustc does not have (the standard
    library's, under `/rustc/<commit>/library/`): rustc prints only its location and
    its label, as `--> path:line:col` (`:::` for further places in the same file) and
    `= note: label`."""

    path: str
    line: int
    col: int          # as rustc prints it (it prints 0 for some macro invocation spans)
    label: str


@dataclass
class Diagnostic:
    level: Level
    message: str
    code: str | None = None
    spans: list[SpanLabel] = field(default_factory=list)
    children: list["Diagnostic"] = field(default_factory=list)
    # Only on children of level "help": the edits rustc would show and offer.
    suggestions: list[Suggestion] = field(default_factory=list)
    # When True the toolchain (not rustc) is speaking: an unsupported construct or
    # an internal error. Rendered like any diagnostic but never given a rustc code.
    toolchain_note: bool = False
    # The lint that produced this diagnostic (None for hard errors): its level may
    # come from `#[allow]`/`#[deny]`..., and a denied lint does not stop compilation
    # before rustc's end-of-analysis check.
    lint: str | None = None
    # Places in std's source (children only), in rustc's order.
    external: list[ExternalSpan] = field(default_factory=list)

    # -- builders, so phases read like rustc's diagnostic code --------------------
    @classmethod
    def error(cls, message: str, span: Span | None = None, label: str | None = None,
              code: str | None = None) -> "Diagnostic":
        d = cls("error", message, code)
        if span is not None:
            d.spans.append(SpanLabel(span, label, True))
        return d

    @classmethod
    def warning(cls, message: str, span: Span | None = None, label: str | None = None,
                code: str | None = None) -> "Diagnostic":
        d = cls("warning", message, code)
        if span is not None:
            d.spans.append(SpanLabel(span, label, True))
        return d

    def primary(self, span: Span, label: str | None = None) -> "Diagnostic":
        self.spans.append(SpanLabel(span, label, True))
        return self

    def secondary(self, span: Span, label: str | None = None) -> "Diagnostic":
        self.spans.append(SpanLabel(span, label, False))
        return self

    def note(self, message: str, span: Span | None = None) -> "Diagnostic":
        c = Diagnostic("note", message)
        if span is not None:
            c.spans.append(SpanLabel(span, None, True))
        self.children.append(c)
        return self

    def help(self, message: str, span: Span | None = None,
             suggestions: list[Suggestion] | None = None) -> "Diagnostic":
        c = Diagnostic("help", message, suggestions=list(suggestions or []))
        if span is not None:
            c.spans.append(SpanLabel(span, None, True))
        self.children.append(c)
        return self

    @property
    def is_error(self) -> bool:
        return self.level in ("error", "internal-error")
