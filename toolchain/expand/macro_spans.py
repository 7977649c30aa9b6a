"""Spans of macro-expanded code, and rustc's macro backtrace in diagnostics.

rustc's `Span` carries a `SyntaxContext`: which expansion produced the token. We model
the part that diagnostics and hygiene need: a token a `macro_rules!` transcriber copies
from its definition gets a `MacroSpan`, a `Span` that also names its `Expn` (the
macro, its call site, the expansion the call itself came from). Tokens passed in as
arguments keep their own spans. A single-token node keeps its token's span object, so
the span of an error at a literal or an operator written in a macro arm still knows
its expansion.

`annotate` then does what rustc's emitter does for such spans
(`render_multispans_macro_backtrace`): an `in this macro invocation` label at the
outermost call site and the note `this error originates in the macro ...`.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, SpanLabel
from ..source import Span


class Expn:
    """One macro expansion: rustc's `ExpnData` for a bang macro."""

    __slots__ = ("name", "call_site", "def_site", "parent")

    def __init__(self, name: str, call_site: Span, def_site: Span | None):
        self.name = name
        self.call_site = call_site
        self.def_site = def_site
        # The expansion the call itself was written in (its call site's context).
        self.parent = expn_of(call_site)


class MacroSpan(Span):
    __slots__ = ("expn",)

    def __init__(self, lo: int, hi: int, expn: Expn):
        super().__init__(lo, hi)
        self.expn = expn

    def __reduce__(self):
        return (Span, (self.lo, self.hi))

    def to(self, other: Span) -> Span:
        lo, hi = min(self.lo, other.lo), max(self.hi, other.hi)
        if type(other) is MacroSpan and other.expn is self.expn:
            return MacroSpan(lo, hi, self.expn)
        return Span(lo, hi)

    def shrink_to_lo(self) -> "Span":
        return MacroSpan(self.lo, self.lo, self.expn)

    def shrink_to_hi(self) -> "Span":
        return MacroSpan(self.hi, self.hi, self.expn)


def expn_of(span) -> Expn | None:
    return span.expn if type(span) is MacroSpan else None


def backtrace(span) -> list[Expn]:
    """rustc's `Span::macro_backtrace`: the innermost expansion first."""
    out = []
    e = expn_of(span)
    while e is not None and len(out) < 1000:
        out.append(e)
        e = e.parent
    return out


def expansion_cause(span):
    """rustc's `expansion_cause`: code a macro wrote is located at the outermost call
    (where a panic in it says it happened)."""
    bt = backtrace(span)
    return bt[-1].call_site if bt else span


def _contains(outer: Span, inner: Span) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi


def _labelled(d: Diagnostic, span: Span) -> bool:
    return any(s.span.lo == span.lo and s.span.hi == span.hi and s.label for s in d.spans)


def annotate(d: Diagnostic) -> None:
    """Add rustc's macro backtrace labels and note to `d` (not `-Z macro-backtrace`)."""
    if getattr(d, "no_macro_backtrace", False):
        return
    frames: list[Expn] = []
    _labels(d, frames)
    for c in d.children:
        _labels(c, frames)
    if frames:
        first, last = frames[0], frames[-1]
        tail = ""
        if last.name != first.name:
            tail = f" which comes from the expansion of the macro `{last.name}`"
        level = "warning" if d.level == "warning" else "error"
        d.note(f"this {level} originates in the macro `{first.name}`{tail} (in Nightly "
               "builds, run with -Z macro-backtrace for more info)")


def _labels(d: Diagnostic, frames: list[Expn]) -> None:
    new: list[Span] = []
    for sl in d.spans:
        if not sl.primary or type(sl.span) is not MacroSpan:
            continue
        bt = backtrace(sl.span)
        frames.extend(bt)
        outer = bt[-1]
        # No label when the diagnostic already points into that call site.
        if not _contains(outer.call_site, sl.span) and not _labelled(d, outer.call_site) and \
                not any(s.lo == outer.call_site.lo and s.hi == outer.call_site.hi for s in new):
            new.append(outer.call_site)
    for s in new:
        d.spans.append(SpanLabel(Span(s.lo, s.hi), "in this macro invocation", False))


def item_lo(item, source) -> int:
    """Where `item` starts without its outer attributes, like rustc's item span (the
    attributes' end, past the whitespace that follows them)."""
    lo = item.span.lo
    outer = [a for a in item.attrs if not a.inner and a.span.lo >= item.span.lo]
    if outer:
        lo = max(a.span.hi for a in outer)
        data = source.data if source is not None else b""
        while lo < len(data) and data[lo:lo + 1] in (b" ", b"\t", b"\n", b"\r"):
            lo += 1
    return lo
