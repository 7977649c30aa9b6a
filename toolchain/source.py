"""Source files and spans.

A span is a half-open byte range into one source file, exactly as rustc's
`--error-format=json` reports `byte_start`/`byte_end`. Lines and columns are
derived on demand: rustc counts lines from 1 and columns from 1 in characters
(not bytes), which matters for non-ASCII source.
"""

from __future__ import annotations

import bisect


class Span:
    """A byte range `[lo, hi)`. Immutable by convention; a plain slotted class because
    the lexer and parser create one per token and node (a frozen dataclass costs
    several times more to construct)."""

    __slots__ = ("lo", "hi")

    def __init__(self, lo: int, hi: int):
        self.lo = lo  # byte offset, inclusive
        self.hi = hi  # byte offset, exclusive

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self.lo == other.lo and self.hi == other.hi

    def __hash__(self) -> int:
        return hash((self.lo, self.hi))

    def __repr__(self) -> str:
        return f"Span(lo={self.lo}, hi={self.hi})"

    def __reduce__(self):
        return (Span, (self.lo, self.hi))

    def to(self, other: "Span") -> "Span":
        """The span covering both `self` and `other`."""
        return Span(min(self.lo, other.lo), max(self.hi, other.hi))

    def shrink_to_lo(self) -> "Span":
        return Span(self.lo, self.lo)

    def shrink_to_hi(self) -> "Span":
        return Span(self.hi, self.hi)


DUMMY_SPAN = Span(0, 0)


class SourceFile:
    """One Rust source file: its name as given on the command line and its text.

    Offsets are byte offsets into the UTF-8 encoding of `text`.
    """

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self.data = text.encode("utf-8")
        # Byte offset of the start of each line.
        self.line_starts = [0]
        for i, b in enumerate(self.data):
            if b == 0x0A:
                self.line_starts.append(i + 1)
        # Like rustc, a final newline ends the last line; it does not start an empty one.
        if len(self.line_starts) > 1 and self.line_starts[-1] == len(self.data):
            self.line_starts.pop()

    def line_index(self, offset: int) -> int:
        """0-based line index containing byte `offset`."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column), column counted in characters like rustc."""
        li = self.line_index(offset)
        start = self.line_starts[li]
        col = len(self.data[start:offset].decode("utf-8", errors="replace")) + 1
        return li + 1, col

    def line_text(self, line: int) -> str:
        """Text of 1-based `line`, without its line terminator."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.data)
        s = self.data[start:end].decode("utf-8", errors="replace")
        return s.rstrip("\n").rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def snippet(self, span: Span) -> str:
        return self.data[span.lo:span.hi].decode("utf-8", errors="replace")
