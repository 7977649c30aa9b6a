"""The diagnostic model shared by every phase.

Mirrors rustc's `Diag`: a level, an optional error code, a message, labelled spans
(one or more primary, any number secondary) and children (notes and helps), which
may carry spans or suggested replacements of their own.

A span is usually a byte range of the learner's file (`source.Span`); rustc's notes
may also point into files the toolchain has no text of, the standard library's own
sources (`ExternalSpan`, built from the table in `toolchain/std_locations.py`).

Phases build these values and return them; they never print or raise them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from ..source import Span

Level = Literal["error", "warning", "note", "help", "failure-note", "internal-error"]


@dataclass(frozen=True)
class ExternalSpan:
    """A place in a file whose text the toolchain does not have, as rustc cites std:
    `/rustc/<commit>/library/core/src/ops/arith.rs`. Coordinates are rustc's JSON
    ones: lines and columns 1-based (columns in chars), byte offsets in that file.

    rustc renders such a place without source lines (` --> file:line:col` and the
    labels as `= note:`), and its JSON gives it with an empty `text`.
    """

    file: str
    line_start: int
    col_start: int
    line_end: int
    col_end: int
    byte_start: int
    byte_end: int
    # rustc orders spans by their position in its source map, where std's files sit
    # after the learner's, in the order rustc loaded them (see std_locations.py).
    rank: int = 0

    @property
    def order_key(self) -> tuple:
        return (1, self.rank, self.byte_start, self.byte_end)


AnySpan = Union[Span, ExternalSpan]


def order_key(span: AnySpan) -> tuple:
    """rustc's `Span` ordering: the learner's file first, then std's files."""
    if isinstance(span, ExternalSpan):
        return span.order_key
    return (0, 0, span.lo, span.hi)


@dataclass
class SpanLabel:
    span: AnySpan
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
class CitedPlace:
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
    external: list[CitedPlace] = field(default_factory=list)

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

    def primary(self, span: AnySpan, label: str | None = None) -> "Diagnostic":
        self.spans.append(SpanLabel(span, label, True))
        return self

    def secondary(self, span: AnySpan | None, label: str | None = None) -> "Diagnostic":
        if span is None:    # (a place rustc does not show, as a tuple struct's fields)
            return self
        self.spans.append(SpanLabel(span, label, False))
        return self

    def note(self, message: str, span: AnySpan | None = None) -> "Diagnostic":
        c = Diagnostic("note", message)
        if span is not None:
            c.spans.append(SpanLabel(span, None, True))
        self.children.append(c)
        return self

    def help(self, message: str, span: AnySpan | None = None,
             suggestions: list[Suggestion] | None = None) -> "Diagnostic":
        c = Diagnostic("help", message, suggestions=list(suggestions or []))
        if span is not None:
            c.spans.append(SpanLabel(span, None, True))
        self.children.append(c)
        return self

    @property
    def is_error(self) -> bool:
        return self.level in ("error", "internal-error")
