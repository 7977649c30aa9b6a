"""rustc's human-readable output, byte for byte (ASCII theme, no colour).

A port of the parts of `rustc_errors::emitter::HumanEmitter` a single-file
program reaches. The emitter draws into a grid of characters (`_Grid`, rustc's
`StyledBuffer`), one call per diagnostic part:

1. the header `error[E0308]: message` and, when there is a primary span, the
   ` --> file:line:col` line and the annotated source lines (`_snippet`);
2. every child without suggestions: `= note: ...` when it has no span, else a
   `note:` header with its own snippet;
3. every suggestion (a `help` child carrying `Suggestion`s) in the style rustc
   would use (`_suggestion`): inline as a label, as a diff, or hidden.

Suggestion styles (rustc's `SuggestionStyle`) are not in the JSON and not in the
model, so they ride on the `Suggestion` objects as an attribute: build them with
`suggestion(...)` (default `ShowCode`, what rustc's `span_suggestion` uses).
"""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from dataclasses import dataclass

from ..source import SourceFile, Span
from .model import Diagnostic, ExternalSpan, Suggestion, order_key
from .summary import closing_messages, is_error_code

# rustc_errors::SuggestionStyle
HIDE_CODE_INLINE = "HideCodeInline"    # span_suggestion_short: inline label without the code
HIDE_CODE_ALWAYS = "HideCodeAlways"    # span_suggestion_hidden: `= help: msg`
COMPLETELY_HIDDEN = "CompletelyHidden"  # tool_only_span_suggestion: JSON only
SHOW_CODE = "ShowCode"                  # span_suggestion: inline if short, else diff
SHOW_ALWAYS = "ShowAlways"              # span_suggestion_verbose: always a diff
STYLES = (HIDE_CODE_INLINE, HIDE_CODE_ALWAYS, COMPLETELY_HIDDEN, SHOW_CODE, SHOW_ALWAYS)

MAX_SUGGESTIONS = 4  # rustc shows four alternatives, then "and N other candidates"


def suggestion(span: Span, replacement: str, applicability: str = "MachineApplicable",
               style: str = SHOW_CODE) -> Suggestion:
    """A `Suggestion` with rustc's display style."""
    return Suggestion(span, replacement, applicability, style)


def suggestion_style(s: Suggestion) -> str:
    return s.style


# ---------------------------------------------------------------------------
# Source positions as rustc's SourceMap computes them
# ---------------------------------------------------------------------------

def char_width(c: str) -> int:
    """Display width of one char (rustc's `char_width`, via unicode-width)."""
    if c == "\t":
        return 4
    if c in "\n\r":
        return 0  # a span at the end of a line points just past its text
    o = ord(c)
    if o < 0x20 or o == 0x7F:
        return 1  # control chars are shown as visible pictures, one column
    if unicodedata.category(c) in ("Mn", "Me", "Cf") or o == 0x200B:
        return 0
    if unicodedata.east_asian_width(c) in ("W", "F"):
        return 2
    return 1


def str_width(s: str) -> int:
    return sum(char_width(c) for c in s)


# rustc's OUTPUT_REPLACEMENTS: tabs are expanded, bidi controls become U+FFFD,
# other control chars their Unicode "control picture".
_REPLACEMENTS = {"\t": "    ", "\u200d": "", "\u200b": "", "\u200e": "", "\u200f": "",
                 "\u2028": "", "\u2029": ""}
for _c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068\u202c\u2069":
    _REPLACEMENTS[_c] = "\ufffd"
for _o in range(0x20):
    if _o not in (0x09, 0x0A, 0x0D):  # messages are split on newlines later
        _REPLACEMENTS.setdefault(chr(_o), chr(0x2400 + _o))
_REPLACEMENTS["\x7f"] = "\u2421"
_TRANSLATE = str.maketrans(_REPLACEMENTS)


def normalize_whitespace(s: str) -> str:
    return s.translate(_TRANSLATE)


def rust_lines(s: str) -> list[str]:
    """Rust's `str::lines`: split on `\\n`, drop one trailing empty piece, strip `\\r`."""
    if not s:
        return []
    parts = s.split("\n")
    if parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


@dataclass(frozen=True)
class Loc:
    line: int  # 1-based
    col: int  # 0-based, in chars
    col_display: int  # 0-based, in display columns


class SourceView:
    """Line lookup with rustc's rules (a trailing newline starts no line)."""

    def __init__(self, source: SourceFile):
        self.name = source.name
        self.data = source.data
        starts = list(source.line_starts)
        if len(starts) > 1 and starts[-1] >= len(self.data):
            starts.pop()  # rustc: offset len(file) after a final `\n` is on the last line
        self.starts = starts

    def lookup(self, offset: int) -> Loc:
        offset = max(0, min(offset, len(self.data)))
        li = bisect.bisect_right(self.starts, offset) - 1
        before = self.data[self.starts[li]:offset].decode("utf-8", errors="replace")
        return Loc(li + 1, len(before), str_width(before))

    def get_line(self, line: int) -> str | None:
        """Text of 1-based `line` without its terminator, or None past the end."""
        if line < 1 or line > len(self.starts):
            return None
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.data)
        text = self.data[start:end].decode("utf-8", errors="replace")
        if text.endswith("\n"):
            text = text[:-1]
        return text[:-1] if text.endswith("\r") else text

    def snippet(self, lo: int, hi: int) -> str:
        return self.data[lo:hi].decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------
# The character grid (rustc's StyledBuffer, minus styles)
# ---------------------------------------------------------------------------

class _Grid:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []

    def _ensure(self, row: int) -> list[str]:
        while len(self.rows) <= row:
            self.rows.append([])
        return self.rows[row]

    def putc(self, row: int, col: int, ch: str) -> None:
        r = self._ensure(row)
        if col >= len(r):
            r.extend(" " * (col + 1 - len(r)))
        r[col] = ch

    def puts(self, row: int, col: int, s: str) -> None:
        for i, ch in enumerate(s):
            self.putc(row, col + i, ch)

    def append(self, row: int, s: str) -> None:
        self.puts(row, len(self._ensure(row)), s)

    def prepend(self, row: int, s: str) -> None:
        self._ensure(row)[0:0] = list(s)

    def num_lines(self) -> int:
        return len(self.rows)

    def render(self) -> str:
        return "".join("".join(r) + "\n" for r in self.rows)


def _line_num(grid: _Grid, row: int, num: int, width: int) -> None:
    """Line numbers are right-aligned in the gutter."""
    s = str(num)
    grid.puts(row, max(width - len(s), 0), s)


# ---------------------------------------------------------------------------
# The diagnostic's spans as rustc's MultiSpan
# ---------------------------------------------------------------------------

@dataclass
class _MultiSpan:
    primary: list[Span | ExternalSpan]
    labels: list[tuple[Span | ExternalSpan, str]]  # rustc's `span_labels`, in push order

    @classmethod
    def of(cls, diag: Diagnostic) -> "_MultiSpan":
        # rustc points ` --> ` at its first primary span; with several (rare:
        # delimiter errors, unused imports, lists of std impls) that is the first
        # in rustc's span order (the learner's file, then std's files).
        primary = sorted((s.span for s in diag.spans if s.primary), key=order_key)
        labels = [(s.span, s.label or "") for s in diag.spans
                  if s.label is not None or not s.primary]
        return cls(primary, labels)

    def span_labels(self) -> list[tuple[Span, bool, str | None]]:
        """`MultiSpan::span_labels`: labelled spans, then unlabelled primary spans.

        A labelled span equal to a primary span is itself primary.
        """
        out: list[tuple[Span, bool, str | None]] = [
            (sp, sp in self.primary, label) for sp, label in self.labels]
        for sp in self.primary:
            if not any(o[0] == sp for o in out):
                out.append((sp, True, None))
        return out


# ---------------------------------------------------------------------------
# Annotated source lines (FileWithAnnotatedLines + render_source_line)
# ---------------------------------------------------------------------------

@dataclass
class _Ann:
    start: tuple[int, int]  # (display col, char col)
    end: tuple[int, int]
    primary: bool
    label: str | None
    kind: str  # "single" | "start" | "end" | "line"
    depth: int = 0

    def has_label(self) -> bool:
        return bool(self.label)  # an empty label draws no `|` connector

    def takes_space(self) -> bool:
        # the horizontal bar of a multi-line start/end needs the row to itself
        return self.kind in ("start", "end")


@dataclass
class _Multi:
    depth: int
    line_start: int
    line_end: int
    start: tuple[int, int]
    end: tuple[int, int]
    primary: bool
    label: str | None
    overlaps_exactly: bool = False

    def same_span(self, o: "_Multi") -> bool:
        return (self.line_start, self.line_end, self.start, self.end) == \
               (o.line_start, o.line_end, o.start, o.end)


def _num_overlap(a0: int, a1: int, b0: int, b1: int, inclusive: bool) -> bool:
    extra = 1 if inclusive else 0
    return b0 <= a0 < b1 + extra or a0 <= b0 < a1 + extra


def _overlaps(a: _Ann, b: _Ann, padding: int) -> bool:
    return _num_overlap(a.start[0], a.end[0] + padding, b.start[0], b.end[0], False)


def _is_blankish(s: str) -> bool:
    """Lines a multi-line span's `|` need not show: blank, a lone delimiter, a comment."""
    s = s.strip()
    if s.startswith("//") and not (s.startswith("///") or s.startswith("//!")):
        return True
    return s in ("", "{", "}", "(", ")", "[", "]")


def _collect(src: SourceView, span_labels) -> tuple[dict[int, list[_Ann]], int]:
    lines: dict[int, list[_Ann]] = {}

    def add(line: int, ann: _Ann) -> None:
        lines.setdefault(line, []).append(ann)

    multis: list[_Multi] = []
    for span, primary, label in span_labels:
        lo, hi = src.lookup(span.lo), src.lookup(span.hi)
        start, end = (lo.col_display, lo.col), (hi.col_display, hi.col)
        if lo.col_display == hi.col_display and lo.line == hi.line:
            end = (end[0] + 1, end[1])  # an empty span is drawn as one `^`
        label = normalize_whitespace(label) if label is not None else None
        if lo.line != hi.line:
            multis.append(_Multi(1, lo.line, hi.line, start, end, primary, label))
        else:
            add(lo.line, _Ann(start, end, primary, label, "single"))

    # Overlapping multi-line spans go to different depths (columns of `|`).
    multis.sort(key=lambda m: (m.line_start, -m.line_end))
    for ann in [dataclasses.replace(m) for m in multis]:
        for a in multis:
            if not ann.same_span(a) and _num_overlap(ann.line_start, ann.line_end,
                                                     a.line_start, a.line_end, True):
                a.depth += 1
            elif ann.same_span(a) and ann != a:
                a.overlaps_exactly = True
            else:
                break
    max_depth = max((m.depth for m in multis), default=0)
    for m in multis:
        m.depth = max_depth - m.depth + 1  # outermost span gets the leftmost bar

    for m in multis:
        end_ann = _Ann((max(m.end[0] - 1, 0), max(m.end[1] - 1, 0)), m.end, m.primary,
                       m.label, "end", m.depth)
        if not m.overlaps_exactly:
            add(m.line_start, _Ann(m.start, (m.start[0] + 1, m.start[1] + 1), m.primary,
                                   None, "start", m.depth))
            # Show up to four lines after the start, not counting a tail of
            # blank lines; then the line before the end, unless blank.
            middle = min(m.line_start + 4, m.line_end)
            until = m.line_start
            for line in range(middle - 1, m.line_start - 1, -1):
                text = src.get_line(line)
                if text is not None and not _is_blankish(text):
                    until = line + 1
                    break
            for line in range(m.line_start + 1, until):
                add(line, _Ann((0, 0), (0, 0), m.primary, None, "line", m.depth))
            before_end = m.line_end - 1
            text = src.get_line(before_end)
            end_is_empty = text is not None and _is_blankish(text)
            if middle < before_end and not end_is_empty:
                add(before_end, _Ann((0, 0), (0, 0), m.primary, None, "line", m.depth))
        else:
            end_ann.kind = "single"
        add(m.line_end, end_ann)
    return lines, max_depth


DEFAULT_COLUMN_WIDTH = 140  # rustc's width when stderr is not a terminal


@dataclass
class _Margin:
    """rustc's `Margin`: which columns of over-long lines to show.

    Rule: when the code is wider than the terminal, cut whitespace on the
    left first, then centre the spans and their labels, marking cuts `...`.
    """
    whitespace_left: int
    span_left: int
    span_right: int
    label_right: int
    column_width: int
    computed_left: int = 0
    computed_right: int = 0

    @classmethod
    def new(cls, ws_left: int, span_left: int, span_right: int, label_right: int,
            column_width: int, max_line_len: int) -> "_Margin":
        m = cls(max(ws_left - 6, 0), max(span_left - 6, 0), span_right + 6,
                label_right + 6, column_width)
        m.computed_left = m.whitespace_left - 16 if m.whitespace_left > 20 else 0
        m.computed_right = max(max_line_len, m.computed_left)
        if m.computed_right - m.computed_left > m.column_width:
            if m.label_right - m.whitespace_left <= m.column_width:
                m.computed_left = m.whitespace_left
            elif m.label_right - m.span_left <= m.column_width:
                pad = (m.column_width - (m.label_right - m.span_left)) // 2
                m.computed_left = max(m.span_left - pad, 0)
            elif m.span_right - m.span_left <= m.column_width:
                pad = (m.column_width - (m.span_right - m.span_left)) // 5 * 2
                m.computed_left = max(m.span_left - pad, 0)
            else:
                m.computed_left, m.computed_right = m.span_left, m.span_right
                return m
            m.computed_right = m.computed_left + m.column_width
        return m

    def left(self, line_len: int) -> int:
        return min(self.computed_left, line_len)

    def right(self, line_len: int) -> int:
        if max(line_len - self.computed_left, 0) <= self.column_width:
            return line_len
        return min(line_len, self.computed_right)

    def was_cut_right(self, line_len: int) -> bool:
        right = self.computed_right
        if right in (self.span_right, self.label_right):
            right -= 6  # the padding added in `new`
        return right < line_len and self.computed_left + self.column_width < line_len


NO_MARGIN = _Margin(0, 0, 0, 0, 1 << 30)


def _draw_line(grid: _Grid, text: str, line: int, row: int, width_offset: int,
               code_offset: int, margin: _Margin = NO_MARGIN) -> int:
    line_len = str_width(text)
    left, right = margin.left(line_len), margin.right(line_len)
    taken = 0
    code = []
    for ch in text[left:]:
        w = char_width(ch)
        if taken + w > right - left:
            break
        taken += w
        code.append(ch)
    grid.puts(row, code_offset, normalize_whitespace("".join(code)))
    if margin.computed_left > 0:
        grid.puts(row, code_offset, "...")
    if margin.was_cut_right(line_len):
        grid.puts(row, code_offset + taken - 3, "...")
    _line_num(grid, row, line, width_offset - 3)
    grid.putc(row, width_offset - 2, "|")
    return left


def _render_source_line(grid: _Grid, src: SourceView, line: int, anns: list[_Ann],
                        width_offset: int, code_offset: int, margin: _Margin) -> list[int]:
    """Draw one source line and its annotation rows; return multi-line depths seen."""
    text = src.get_line(line)
    if text is None:
        return []
    row0 = grid.num_lines()
    left = _draw_line(grid, text, line, row0, width_offset, code_offset, margin)

    # Rule "short start": a multi-line span starting after only whitespace is
    # drawn as `/` in the margin instead of `__^` rows.
    depths = []
    short_start = True
    for a in anns:
        if a.kind == "start":
            if all(c.isspace() for c in text[:a.start[1]]):
                depths.append(a.depth)
                continue
            short_start = False
            break
        if a.kind != "line":
            short_start = False
            break
    if short_start:
        for d in depths:
            grid.putc(row0, width_offset + d - 1, "/")
        return depths

    # Rightmost first, so connectors of labels further left never cross a label.
    anns = _stable_reverse_sort(anns)

    # Assign each label a row: 0 = inline after the underline, n = hanging.
    positions: list[tuple[int, _Ann]] = []
    line_len = 0
    p = 0
    for i, a in enumerate(anns):
        for j, nxt in enumerate(anns):
            if j > i and _overlaps(nxt, a, 0) and a.has_label() and p == 0:
                if nxt.start == a.start and nxt.end == a.end and not nxt.has_label():
                    continue  # an unlabelled twin merges into this label
                p += 1
                break
        positions.append((p, a))
        for j, nxt in enumerate(anns):
            if j <= i:
                continue
            pad = len(nxt.label) + 2 if nxt.label is not None else 0
            if ((_overlaps(nxt, a, pad) and a.has_label() and nxt.has_label())
                    or (a.takes_space() and nxt.has_label())
                    or (a.has_label() and nxt.takes_space())
                    or (a.takes_space() and nxt.takes_space())
                    or (_overlaps(nxt, a, pad) and nxt.end <= a.end and nxt.has_label()
                        and p == 0)):
                p += 1
                break
        line_len = max(line_len, p)
    if line_len != 0:
        line_len += 1

    if all(a.kind == "line" for a in anns):
        return []

    if all(a.kind == "start" for _, a in positions):
        # Several spans starting on one line: reverse their rows so the bars
        # do not cross, and save the row a label would need.
        top = max(pos for pos, _ in positions)
        positions = [(top - pos, a) for pos, a in positions]
        line_len = max(line_len - 1, 0)

    for pos in range(line_len + 1):
        grid.putc(row0 + pos + 1, width_offset - 2, "|")

    # Horizontal bars of multi-line starts and ends.
    for pos, a in positions:
        if a.kind in ("start", "end"):
            for col in range(width_offset + a.depth, max(code_offset + a.start[0] - left, 0)):
                grid.putc(row0 + pos + 1, col, "_")

    # Vertical connectors to hanging labels, and the margin bars of
    # multi-line spans on their first and last lines.
    for pos, a in positions:
        pos += 1
        if pos > 1 and (a.has_label() or a.takes_space()):
            for r in range(row0 + 1, row0 + pos + 1):
                grid.putc(r, max(code_offset + a.start[0] - left, 0), "|")
        if a.kind == "start":
            for r in range(row0 + pos + 1, row0 + line_len + 2):
                grid.putc(r, width_offset + a.depth - 1, "|")
        elif a.kind == "end":
            for r in range(row0, row0 + pos + 1):
                grid.putc(r, width_offset + a.depth - 1, "|")

    # Labels: inline one column after the underline, or under the connector.
    for pos, a in positions:
        if pos == 0:
            row, col = 1, max((a.end[0] + 2 if a.end[0] == 0 else a.end[0] + 1) - left, 0)
        else:
            row, col = pos + 2, max(a.start[0] - left, 0)
        if a.label is not None:
            grid.puts(row0 + row, code_offset + col, a.label)

    # Underlines last, so they overwrite connectors: longest first, and among equally
    # long ones the primary last (rustc sorts by `(Reverse(len), is_primary)`).
    for _, a in sorted(positions, key=lambda pa: (-abs(pa[1].end[0] - pa[1].start[0]),
                                                  pa[1].primary)):
        ch = "^" if a.primary else "-"
        for col in range(a.start[0], a.end[0]):
            grid.putc(row0 + 1, max(code_offset + col - left, 0), ch)

    return [a.depth for _, a in positions if a.kind in ("start", "end")]


def _stable_reverse_sort(anns: list[_Ann]) -> list[_Ann]:
    """Sort by (start, end) descending, keeping push order among equal spans."""
    return sorted(anns, key=lambda a: (-a.start[0], -a.start[1], -a.end[0], -a.end[1]))


def _margin(src: SourceView, ordered, code_offset: int) -> _Margin:
    ws_left, span_left, span_right, label_right, max_len = None, None, 0, 0, 0
    for line, anns in ordered:
        text = src.get_line(line)
        if text is not None:
            max_len = max(max_len, len(text.encode()))
            if text.strip():
                lead = len(text) - len(text.lstrip())
                ws = sum(4 if c == "\t" else 1 for c in text[:lead])
                ws_left = ws if ws_left is None else min(ws_left, ws)
        for a in anns:
            lo = min(a.start[0], a.end[0])
            span_left = lo if span_left is None else min(span_left, lo)
            span_right = max(span_right, a.start[0], a.end[0])
            label_right = max(label_right, a.end[0] + (len(a.label.encode()) + 1 if a.label else 0))
    return _Margin.new(ws_left or 0, span_left or 0, span_right, label_right,
                       max(DEFAULT_COLUMN_WIDTH - code_offset, 0), max_len)


def _annotated_files(msp: _MultiSpan) -> list[tuple[str | None, list]]:
    """rustc's `FileWithAnnotatedLines`: the span labels grouped by file (None: the
    learner's file) in the order met, then the primary span's file swapped with the
    first (which orders a list of std impls by rustc's span order, not label order)."""
    files: dict[str | None, list] = {}
    for sl in msp.span_labels():
        key = sl[0].file if isinstance(sl[0], ExternalSpan) else None
        files.setdefault(key, []).append(sl)
    out = list(files.items())
    if msp.primary:
        p = msp.primary[0]
        first = p.file if isinstance(p, ExternalSpan) else None
        pos = next((i for i, (f, _) in enumerate(out) if f == first), 0)
        out[0], out[pos] = out[pos], out[0]
    # rustc would show the learner's file after a primary std file under ` ::: `; that
    # layout is not ported, so the learner's file always comes first.
    out.sort(key=lambda fa: fa[0] is not None)
    return out


def _external_file(grid: _Grid, name: str, span_labels, max_num: int) -> None:
    """A file rustc cannot show the source of (std's): per annotated line, ` --> ` (the
    first line) or ` ::: ` (later lines with labels) and `file:line:col` (the column
    0-based, as rustc prints it there), then each label as `= note:` under a `|`."""
    lines: dict[int, list] = {}
    for sp, primary, label in span_labels:
        if sp.line_end > sp.line_start:
            # rustc's MultilineStart and MultilineEnd (which carries the label), as for
            # a macro invocation in std ("in this macro invocation")
            lines.setdefault(sp.line_start, []).append((sp.col_start, primary, None))
            lines.setdefault(sp.line_end, []).append((sp.col_end, primary, label))
        else:
            lines.setdefault(sp.line_start, []).append((sp.col_start, primary, label))
    for idx, line in enumerate(sorted(lines)):
        anns = sorted(lines[line], key=lambda a: -a[0])  # rustc: Reverse(start_col)
        labels = [normalize_whitespace(label) for _, _, label in anns if label]
        row = grid.num_lines()
        if idx == 0 or labels:
            arrow = "--> " if idx == 0 else "::: "
            grid.puts(row, 0, " " * max_num + f"{arrow}{name}:{line}:{anns[0][0] - 1}")
            row += 1
        for label in labels:
            grid.puts(row, 0, " " * max_num + " |")
            grid.puts(row + 1, 0, " " * max_num + " = note: " + label)
            row += 2


def _snippet(grid: _Grid, src: SourceView, msp: _MultiSpan, max_num: int) -> None:
    """Every annotated file: the learner's (below) or std's (`_external_file`)."""
    files = _annotated_files(msp)
    for i, (name, span_labels) in enumerate(files):
        if name is None:
            _local_snippet(grid, src, msp, span_labels, max_num)
            if i + 1 < len(files):     # (rustc's spacer before std's file)
                grid.putc(grid.num_lines(), max_num + 1, "|")
        else:
            _external_file(grid, name, span_labels, max_num)


def _local_snippet(grid: _Grid, src: SourceView, msp: _MultiSpan, span_labels,
                   max_num: int) -> None:
    """` --> file:line:col`, the `|` spacer and every annotated line."""
    lines, max_depth = _collect(src, span_labels)
    if not lines:
        return
    lo = src.lookup(next((sp for sp in msp.primary if isinstance(sp, Span)),
                         span_labels[0][0]).lo)
    row = grid.num_lines()
    grid.puts(row, 0, " " * max_num + f"--> {src.name}:{lo.line}:{lo.col + 1}")
    grid.putc(row + 1, max_num + 1, "|")

    width_offset = 3 + max_num
    code_offset = width_offset if max_depth == 0 else width_offset + max_depth + 1
    ordered = sorted(lines.items())
    margin = _margin(src, ordered, code_offset)
    active: dict[int, None] = {}  # depths of multi-line spans currently open
    for idx, (line, anns) in enumerate(ordered):
        prev_rows = grid.num_lines()
        depths = _render_source_line(grid, src, line, anns, width_offset, code_offset, margin)
        to_add = {}
        for d in depths:
            if d in active:
                del active[d]
            else:
                to_add[d] = None
        for d in active:
            for r in range(prev_rows, grid.num_lines()):
                grid.putc(r, width_offset + d - 1, "|")
        if idx + 1 < len(ordered):
            delta = ordered[idx + 1][0] - line
            if delta >= 2:
                r = grid.num_lines()
                if delta > 2:  # rule: skipped lines become `...`
                    grid.puts(r, 0, "...")
                else:  # a single unannotated line is cheaper to show than `...`
                    _draw_line(grid, src.get_line(line + 1) or "", line + 1, r,
                               width_offset, code_offset, margin)
                for d in active:
                    grid.putc(r, width_offset + d - 1, "|")
                for a in anns:
                    if a.kind == "start":
                        grid.putc(r, width_offset + a.depth - 1, "|")
        active.update(to_add)


# ---------------------------------------------------------------------------
# Headers and span-less children
# ---------------------------------------------------------------------------

def _header(grid: _Grid, level: str, message: str, code: str | None) -> None:
    width = 0
    if level != "failure-note":
        grid.append(0, level)
        width += len(level)
    if code is not None:
        grid.append(0, f"[{code}]")
        width += len(code) + 2
    if level != "failure-note":
        grid.append(0, ": ")
        width += 2
    for i, text in enumerate(rust_lines(normalize_whitespace(message))):
        grid.append(i, (" " * width if i else "") + text)


def _msgs(grid: _Grid, row: int, message: str, padding: int) -> int:
    """`msgs_to_buffer`: continuation lines are indented to align with the text."""
    lines = normalize_whitespace(message).split("\n")
    grid.append(row, lines[0])
    for text in lines[1:]:
        row += 1
        grid.append(row, " " * padding + text)
    return row


def _emit_part(src: SourceView, msp: _MultiSpan, message: str, code: str | None,
               level: str, max_num: int, secondary: bool) -> tuple[str, bool]:
    """One header (+ snippet). Returns the text and whether a snippet was drawn."""
    grid = _Grid()
    if secondary and not msp.primary and not msp.labels:
        grid.puts(0, 0, " " * (max_num + 1) + "= ")
        if level != "failure-note":
            grid.append(0, f"{level}: ")
        _msgs(grid, 0, message, max_num + len("note") + 5)
        return grid.render(), False
    _header(grid, level, message, code)
    if not msp.primary:
        return grid.render(), False
    _snippet(grid, src, msp, max_num)
    return grid.render(), True


# ---------------------------------------------------------------------------
# Suggestions
# ---------------------------------------------------------------------------

@dataclass
class _Part:
    lo: int
    hi: int
    snippet: str


@dataclass
class _CodeSuggestion:
    msg: str
    style: str
    substitutions: list[list[_Part]]

    @classmethod
    def of(cls, child: Diagnostic) -> "_CodeSuggestion":
        # The model (like rustc's JSON) flattens substitutions into one list.
        # Parts of one multipart substitution never overlap; alternatives
        # replace the same span, so an overlap starts a new substitution.
        subs: list[list[_Part]] = []
        for s in child.suggestions:
            part = _Part(s.span.lo, s.span.hi, s.replacement)
            if subs and not any(_parts_overlap(part, q) for q in subs[-1]):
                subs[-1].append(part)
            else:
                subs.append([part])
        style = suggestion_style(child.suggestions[0]) if child.suggestions else SHOW_CODE
        return cls(child.message, style, subs)


def _parts_overlap(a: _Part, b: _Part) -> bool:
    return (a.lo, a.hi) == (b.lo, b.hi) or (a.lo < b.hi and b.lo < a.hi)


def _as_substr(original: str, suggestion: str) -> tuple[int, str, int] | None:
    """`as_substr`: is `suggestion` = common prefix + X + rest of `original`?

    Returns (prefix bytes, X, suffix bytes)."""
    n = 0
    while n < min(len(original), len(suggestion)) and original[n] == suggestion[n]:
        n += 1
    orig_rest, sugg_rest = original[n:], suggestion[n:]
    if sugg_rest.endswith(orig_rest):
        return (len(original[:n].encode()), sugg_rest[:len(sugg_rest) - len(orig_rest)],
                len(orig_rest.encode()))
    return None


def _trim_trivial(src: SourceView, part: _Part) -> _Part:
    """Show `"a"` -> `"ab"` as inserting `b` (rustc's `trim_trivial_replacements`)."""
    if not part.snippet:
        return part
    r = _as_substr(src.snippet(part.lo, part.hi), part.snippet)
    if r is None:
        return part
    prefix, sub, suffix = r
    return _Part(part.lo + prefix, part.hi - suffix, sub)


def _replaces_content(src: SourceView, p: _Part) -> bool:
    return src.snippet(p.lo, p.hi).strip() != ""


def _is_addition(src: SourceView, p: _Part) -> bool:
    return p.snippet != "" and not _replaces_content(src, p)


def _is_deletion(src: SourceView, p: _Part) -> bool:
    return p.snippet.strip() == "" and _replaces_content(src, p)


def _is_destructive(src: SourceView, p: _Part) -> bool:
    return (p.snippet != "" and _replaces_content(src, p)
            and _as_substr(src.snippet(p.lo, p.hi).strip(), p.snippet.strip()) is None)


def _is_case_difference(src: SourceView, suggested: str, p: _Part) -> bool:
    found = src.snippet(p.lo, p.hi)
    confusables = set("cfikosuvwxyz")
    diffs = [(f, s) for f, s in zip(found, suggested) if f != s]
    return (all(f in confusables or s in confusables for f, s in diffs)
            and found.lower() == suggested.lower() and found != suggested)


def _tab_width_len(s: str) -> int:
    return sum(4 if c == "\t" else 1 for c in s)


def _splice(src: SourceView, parts: list[_Part]):
    """`CodeSuggestion::splice_lines`: the suggested text of the affected lines.

    Returns (text, trimmed parts, per-line highlight ranges, case-only?) or None."""
    parts = sorted(parts, key=lambda p: p.lo)
    first = src.lookup(min(p.lo for p in parts))
    prev_hi = Loc(first.line, 0, 0)
    prev_line = src.get_line(first.line)
    buf: list[str] = []
    highlights: list[list[tuple[int, int]]] = []
    line_hl: list[tuple[int, int]] = []
    acc = 0
    only_case = False
    trimmed = []

    def push_trailing(line: str | None, lo: int, hi: int | None) -> None:
        if line is None:
            return
        if lo < len(line):
            if hi is None or hi >= len(line):
                buf.append(line[lo:])
            elif hi > lo:
                buf.append(line[lo:hi])
        if hi is None:
            buf.append("\n")

    for part in parts:
        part = _trim_trivial(src, part)
        trimmed.append(part)
        only_case |= _is_case_difference(src, part.snippet, part)
        cur_lo = src.lookup(part.lo)
        if prev_hi.line == cur_lo.line:
            push_trailing(prev_line, prev_hi.col, cur_lo.col)
        else:
            acc = 0
            highlights.append(line_hl)
            line_hl = []
            push_trailing(prev_line, prev_hi.col, None)
            for idx in range(prev_hi.line, cur_lo.line - 1):
                text = src.get_line(idx + 1)
                if text is not None:
                    buf.append(text + "\n")
                    highlights.append(line_hl)
                    line_hl = []
            cur_line = src.get_line(cur_lo.line)
            if cur_line is not None:
                buf.append(cur_line[:cur_lo.col])
        width = _tab_width_len(part.snippet.split("\n")[0])
        if src.snippet(part.lo, part.hi) != part.snippet:
            line_hl.append((cur_lo.col + acc, cur_lo.col + acc + width))
        buf.append(part.snippet)
        cur_hi = src.lookup(part.hi)
        acc += width - (cur_hi.col - cur_lo.col)
        prev_hi = cur_hi
        prev_line = src.get_line(cur_hi.line)
        for text in part.snippet.split("\n")[1:]:
            acc = 0
            highlights.append(line_hl)
            line_hl = [(0, _tab_width_len(text))]
    highlights.append(line_hl)
    text = "".join(buf)
    if not text.endswith("\n"):
        push_trailing(prev_line, prev_hi.col, None)
        text = "".join(buf)
    text = text.rstrip("\n")
    if all(not h for h in highlights):
        return None
    return text, trimmed, highlights, only_case


def _suggestion_lines(src: SourceView, sugg: _CodeSuggestion) -> int:
    """Largest line number the suggestion's code will show."""
    best = 0
    for parts in sugg.substitutions[:MAX_SUGGESTIONS]:
        spliced = _splice(src, parts)
        if spliced is None:
            continue
        start = src.lookup(min(p.lo for p in spliced[1])).line
        best = max(best, start + max(len(rust_lines(spliced[0])), 1) - 1,
                   max(src.lookup(p.hi).line for p in spliced[1]))
    return best


def _draw_code_line(grid: _Grid, row: int, src: SourceView, hl: list[tuple[int, int]],
                    line_num: int, line: str, display: str, max_num: int,
                    file_lines: list[int], multiline: bool) -> int:
    """One line of suggested code; returns the next row."""
    if display == "diff":
        for i, orig in enumerate(file_lines[:-1]):
            _line_num(grid, row - 1, line_num + i, max_num)
            grid.puts(row - 1, max_num + 1, "- " + normalize_whitespace(src.get_line(orig) or ""))
            row += 1
        last = src.get_line(file_lines[-1]) or ""
        if last != line:
            _line_num(grid, row - 1, line_num + len(file_lines) - 1, max_num)
            grid.puts(row - 1, max_num + 1, "- " + normalize_whitespace(last))
            if line.strip():
                _line_num(grid, row, line_num, max_num)
                grid.puts(row, max_num + 1, "+ ")
                grid.append(row, normalize_whitespace(line))
            else:
                row -= 1  # the whole line goes: show only the removal
        else:
            row -= 2
    elif multiline:
        _line_num(grid, row, line_num, max_num)
        if len(hl) == 1 and hl[0][0] == 0 and hl[0][1] == len(line):
            mark = "+ "  # a wholly new line
        elif not hl:
            mark = "|"
        else:
            mark = "~ "  # a changed line
        grid.puts(row, max_num + 1, mark)
        grid.puts(row, max_num + 3, normalize_whitespace(line))
    elif display == "add":
        _line_num(grid, row, line_num, max_num)
        grid.puts(row, max_num + 1, "+ ")
        grid.append(row, normalize_whitespace(line))
    else:
        _line_num(grid, row, line_num, max_num)
        grid.puts(row, max_num + 1, "| ")
        grid.append(row, normalize_whitespace(line))
    return row + 1


def _emit_suggestion(src: SourceView, sugg: _CodeSuggestion, max_num: int) -> str:
    """`emit_suggestion_default`: `help: msg` and the code as it would read."""
    spliced = [s for s in (_splice(src, parts) for parts in sugg.substitutions) if s]
    if not spliced:
        return ""
    grid = _Grid()
    grid.append(0, "help: ")
    msg = sugg.msg
    if any(s[3] for s in spliced[:MAX_SUGGESTIONS]):
        msg += " (notice the capitalization difference)"
    _msgs(grid, 0, msg, max_num + len("suggestion") + 5)
    other = max(len(spliced) - MAX_SUGGESTIONS, 0)
    row = 2
    for complete, parts, highlights, _ in spliced[:MAX_SUGGESTIONS]:
        has_deletion = any(_is_deletion(src, p) or _is_destructive(src, p) for p in parts)
        lines = rust_lines(complete)
        multiline = len(lines) > 1
        grid.putc(row - 1, max_num + 1, "|")
        # Rule: replacements and deletions are a `-`/`+` diff; a whole new line
        # is `+ line`; insertions within a line are underlined with `+`/`~`;
        # multi-line edits mark changed lines with `~`.
        if has_deletion and not multiline:
            display = "diff"
        elif len(parts) == 1 and parts[0].snippet.endswith("\n") \
                and parts[0].snippet.strip() == complete.strip():
            display = "add"
        elif (len(parts) != 1 or parts[0].snippet.strip() != complete.strip()) and not multiline:
            display = "underline"
        else:
            display = "none"
        if display == "diff":
            row += 1
        first = parts[0]
        lo_line = src.lookup(first.lo).line
        file_lines = list(range(lo_line, src.lookup(first.hi).line + 1))
        line_start = lo_line
        if not lines:
            # removing whole lines
            line_end = src.lookup(first.hi).line
            for ln in range(line_start, line_end + 1):
                r = row - 1 + ln - line_start
                _line_num(grid, r, ln, max_num)
                grid.puts(r, max_num + 1, "- " + normalize_whitespace(src.get_line(ln) or ""))
            row += line_end - line_start
        unhighlighted: list[tuple[int, str]] = []
        consumed = min(len(lines), len(highlights)) + (1 if len(lines) > len(highlights) else 0)
        for pos, (line, hl) in enumerate(zip(lines, highlights)):
            if not hl:
                unhighlighted.append((pos, line))
                continue
            if 0 < len(unhighlighted) <= 3:
                for p, l in unhighlighted:
                    row = _draw_code_line(grid, row, src, [], p + line_start, l, display,
                                          max_num, file_lines, multiline)
            elif unhighlighted:
                # first context line, `...`, last context line
                p, l = unhighlighted[0]
                row = _draw_code_line(grid, row, src, [], p + line_start, l, display,
                                      max_num, file_lines, multiline)
                grid.puts(row, max(max_num - 3, 0), "...")
                row += 1
                p, l = unhighlighted[-1]
                row = _draw_code_line(grid, row, src, [], p + line_start, l, display,
                                      max_num, file_lines, multiline)
            unhighlighted = []
            row = _draw_code_line(grid, row, src, hl, pos + line_start, line, display,
                                  max_num, file_lines, multiline)
        snippet = parts[0].snippet.strip()
        if display == "add" and snippet.startswith("#[") and snippet.endswith("]"):
            # rustc shows the line after an added attribute, for context (`#[derive]`).
            following = src.get_line(lo_line)
            if following is not None:
                row = _draw_code_line(grid, row, src, [], line_start + len(lines), following,
                                      "none", max_num, file_lines, False)
        if display in ("diff", "underline", "add"):
            offsets: list[tuple[int, int]] = []
            for p in parts:
                start_pos = src.lookup(p.lo).col_display
                end_pos = src.lookup(p.hi).col_display
                ws_only = p.snippet.strip() == ""
                lead = 0 if ws_only else len(p.snippet) - len(p.snippet.lstrip())
                sub_len = str_width(p.snippet if ws_only else p.snippet.strip())
                offset = sum(v for s, v in offsets if start_pos >= s)
                u0 = start_pos + lead + offset
                if display == "underline" and src.snippet(p.lo, p.hi) != p.snippet:
                    ch = "+" if _is_addition(src, p) else "~"
                    for col in range(u0, u0 + sub_len):
                        grid.putc(row, max_num + 3 + col, ch)
                offsets.append((end_pos, str_width(p.snippet) - (end_pos - start_pos)))
            row += 1
        if len(lines) > consumed:
            grid.puts(row, max(max_num - 3, 0), "...")
        else:
            r = row if display == "none" else row - 1
            grid.putc(r, max_num + 1, "|")
            row = r + 1
    if other:
        grid.puts(row, max_num + 3, f"and {other} other candidate{'s' if other > 1 else ''}")
    return grid.render()


def _inline_suggestion(src: SourceView, msp: _MultiSpan,
                       suggs: list[_CodeSuggestion]) -> list[_CodeSuggestion]:
    """`primary_span_formatted`: a lone short suggestion becomes a label.

    Rule: exactly one suggestion with one substitution of one part, a message
    of fewer than ten words, no newline in the code, and a style that allows
    it; the label is `help: msg: `code`` (or `help: msg` for removals and
    HideCodeInline). The label joins the diagnostic's own span labels.
    """
    if len(suggs) != 1:
        return suggs
    s = suggs[0]
    if (len(s.substitutions) != 1 or len(s.substitutions[0]) != 1
            or len(s.msg.split()) >= 10 or "\n" in s.substitutions[0][0].snippet
            or s.style in (HIDE_CODE_ALWAYS, COMPLETELY_HIDDEN, SHOW_ALWAYS)):
        return suggs
    part = s.substitutions[0][0]
    code = part.snippet.strip()
    if not code or s.style == HIDE_CODE_INLINE:
        label = f"help: {s.msg}"
    else:
        case = " (notice the capitalization)" if _is_case_difference(src, code, part) else ""
        label = f"help: {s.msg}{case}: `{code}`"
    msp.labels.append((Span(part.lo, part.hi), label))
    return []


def _external_part(child: Diagnostic, max_num: int) -> str:
    """A child pointing into files whose source is unavailable: rustc's emitter
    prints each place's location and its label as a note (`emit_messages_default_inner`,
    the branch for a file without source)."""
    pad = " " * max_num
    out = [f"{child.level}: {child.message}\n"]
    seen: set[str] = set()
    for ext in child.external:
        arrow = ":::" if ext.path in seen else "-->"
        seen.add(ext.path)
        out.append(f"{pad}{arrow} {ext.path}:{ext.line}:{ext.col}\n")
        if ext.label:       # (an impl block's place: its location only)
            out.append(f"{pad} |\n")
            out.append(f"{pad} = note: {ext.label}\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def _max_line(src: SourceView, msp: _MultiSpan) -> int:
    # std's line numbers are not drawn in the gutter, so they do not widen it.
    spans = [sp for sp in list(msp.primary) + [sp for sp, _ in msp.labels]
             if isinstance(sp, Span)]
    return max((src.lookup(sp.hi).line for sp in spans), default=0)


def _ends_external(msp: _MultiSpan) -> bool:
    """The snippet's last file is std's (`_annotated_files` puts the learner's first)."""
    return any(isinstance(sp, ExternalSpan)
               for sp in list(msp.primary) + [sp for sp, _ in msp.labels])


def render(diag: Diagnostic, source: SourceFile) -> str:
    """rustc's human-readable text for one diagnostic, with its trailing blank line."""
    src = SourceView(source)
    msp = _MultiSpan.of(diag)
    children = [c for c in diag.children if not c.suggestions]
    suggs = [_CodeSuggestion.of(c) for c in diag.children if c.suggestions]
    suggs = _inline_suggestion(src, msp, suggs)
    shown = [s for s in suggs if s.style != COMPLETELY_HIDDEN]

    # The gutter is as wide as the largest line number anywhere in the diagnostic.
    biggest = max([_max_line(src, msp)] + [_max_line(src, _MultiSpan.of(c)) for c in children]
                  + [_suggestion_lines(src, s) for s in shown
                     if s.style != HIDE_CODE_ALWAYS])
    max_num = len(str(biggest)) if biggest else 0

    code = diag.code if is_error_code(diag.code) else None
    text, drew = _emit_part(src, msp, diag.message, code, diag.level, max_num, False)
    out = [text]
    if drew and (children or shown) and not _ends_external(msp):
        # (after std's file, whose labels end with `= note:` lines, rustc adds none)
        out.append(" " * (max_num + 1) + "|\n")  # spacer before the children
    for child in children:
        if child.external:
            out.append(_external_part(child, max_num))
            continue
        out.append(_emit_part(src, _MultiSpan.of(child), child.message, None, child.level,
                              max_num, True)[0])
    for s in shown:
        if s.style == HIDE_CODE_ALWAYS:
            out.append(_emit_part(src, _MultiSpan([], []), s.msg, None, "help", max_num, True)[0])
        else:
            out.append(_emit_suggestion(src, s, max_num))
    if diag.level != "failure-note":
        out.append("\n")  # every diagnostic but a failure note ends with a blank line
    return "".join(out)


def render_all(diags: list[Diagnostic], source: SourceFile) -> str:
    """Everything rustc prints on stderr: each diagnostic, then the closing lines."""
    return "".join(render(d, source) for d in list(diags) + closing_messages(diags))
