"""rustc's format string parser (`rustc_parse_format`), for `format_args!` and friends.

The parser works on the *unescaped* string, one character at a time, like rustc's.
Every character remembers the source bytes it came from (`LiteralMap`), so spans of
placeholders and errors point into the literal as written, escapes and raw strings
included, exactly where rustc points.

Positions in this module are character indices into the unescaped string; index
`len(text)` stands for the closing quote (where rustc reports "string was terminated").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..source import Span


# ---------------------------------------------------------------------------
# Mapping the unescaped string back to source bytes
# ---------------------------------------------------------------------------

class LiteralMap:
    """The unescaped text of a string literal and, for each character, its source span."""

    def __init__(self, text: str, starts: list[int], ends: list[int], close_lo: int,
                 close_hi: int, hashes: int | None):
        self.text = text
        self._starts = starts
        self._ends = ends
        self.close_lo = close_lo          # the closing quote
        self.close_hi = close_hi
        self.hashes = hashes              # None for a normal string, else the raw string's `#` count

    def start(self, i: int) -> int:
        return self._starts[i] if i < len(self._starts) else self.close_lo

    def end(self, i: int) -> int:
        """Byte end of character i-1, i.e. the byte position just before char i."""
        if i <= 0:
            return self.start(0)
        return self._ends[i - 1] if i - 1 < len(self._ends) else self.close_hi

    def span(self, lo: int, hi: int) -> Span:
        """Span of characters [lo, hi); an empty range gives an empty span at lo."""
        if hi <= lo:
            p = self.start(lo)
            return Span(p, p)
        return Span(self.start(lo), self.end(hi))


def literal_map(symbol: str, lo: int) -> LiteralMap | None:
    """Unescape the string literal `symbol` (as written, quotes included, maybe raw)
    that starts at byte `lo`. Returns None when it is not a plain/raw string literal."""
    data = symbol.encode("utf-8")
    i = 0
    hashes: int | None = None
    if data.startswith(b"r"):
        i = 1
        h = 0
        while i < len(data) and data[i:i + 1] == b"#":
            h += 1
            i += 1
        hashes = h
    if i >= len(data) or data[i:i + 1] != b'"':
        return None
    i += 1
    # The closing quote: the last `"` (a suffix may follow, which the lexer rejects).
    if hashes is None:
        close = data.rfind(b'"')
    else:
        close = data.rfind(b'"' + b"#" * hashes)
    if close < i:
        return None
    body = data[i:close]
    base = lo + i
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    s = body.decode("utf-8", errors="replace")
    # Walk characters, tracking byte offsets.
    pos = 0                                   # byte offset within body
    k = 0                                     # char index within s
    n = len(s)

    def blen(ch: str) -> int:
        return len(ch.encode("utf-8"))

    while k < n:
        ch = s[k]
        if hashes is None and ch == "\\" and k + 1 < n:
            nxt = s[k + 1]
            esc_start = pos
            if nxt == "\n" or (nxt == "\r" and k + 2 < n and s[k + 2] == "\n"):
                # Line continuation: skip the newline and following whitespace.
                k += 1
                pos += 1
                while k < n and s[k] in " \t\n\r":
                    pos += 1
                    k += 1
                continue
            simple = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}
            if nxt in simple:
                text.append(simple[nxt])
                k += 2
                pos += 2
            elif nxt == "x" and k + 3 < n:
                hexd = s[k + 2:k + 4]
                try:
                    text.append(chr(int(hexd, 16)))
                except ValueError:
                    text.append("\ufffd")
                k += 4
                pos += 4
            elif nxt == "u" and k + 2 < n and s[k + 2] == "{":
                close_b = s.find("}", k + 3)
                if close_b < 0:
                    close_b = n - 1
                digits = s[k + 3:close_b].replace("_", "")
                try:
                    text.append(chr(int(digits, 16)))
                except (ValueError, OverflowError):
                    text.append("\ufffd")
                consumed = s[k:close_b + 1]
                k = close_b + 1
                pos += blen(consumed)
            else:
                text.append(nxt)
                k += 2
                pos += 1 + blen(nxt)
            starts.append(base + esc_start)
            ends.append(base + pos)
            continue
        if ch == "\r" and k + 1 < n and s[k + 1] == "\n":
            # CRLF in a literal is normalised to LF by the lexer.
            starts.append(base + pos)
            ends.append(base + pos + 2)
            text.append("\n")
            k += 2
            pos += 2
            continue
        b = blen(ch)
        starts.append(base + pos)
        ends.append(base + pos + b)
        text.append(ch)
        k += 1
        pos += b
    close_lo = lo + close
    return LiteralMap("".join(text), starts, ends, close_lo, close_lo + 1, hashes)


# ---------------------------------------------------------------------------
# The parsed format string
# ---------------------------------------------------------------------------

@dataclass
class Count:
    """A width or precision: `kind` is "is" (literal n), "param" (`n$`), "name"
    (`name$`), "star" (`.*`, value = the implicit argument index) or "implied"."""
    kind: str
    value: int | str | None = None
    span: tuple[int, int] | None = None     # char range of the count (for precision: from the `.`)


@dataclass
class Spec:
    fill: str | None = None
    fill_span: tuple[int, int] | None = None
    align: str | None = None
    sign: str | None = None
    alternate: bool = False
    zero_pad: bool = False
    debug_hex: str | None = None
    width: Count = field(default_factory=lambda: Count("implied"))
    precision: Count = field(default_factory=lambda: Count("implied"))
    ty: str = ""
    ty_span: tuple[int, int] | None = None

    def is_default(self) -> bool:
        return (self.fill is None and self.align is None and self.sign is None
                and not self.alternate and not self.zero_pad and self.debug_hex is None
                and self.width.kind == "implied" and self.precision.kind == "implied")


@dataclass
class Argument:
    """`position` is ("implicit", i) for `{}`, ("index", i) for `{0}`, ("name", s) for `{x}`."""
    position: tuple[str, int | str]
    position_span: tuple[int, int]          # chars of the position inside the braces
    spec: Spec
    span: tuple[int, int]                   # the whole `{...}`


@dataclass
class ParseError:
    description: str
    note: str | None
    label: str
    span: tuple[int, int]
    secondary_label: tuple[str, tuple[int, int]] | None = None
    # (message, [(char range, replacement)]) for a `help:` suggestion
    suggestion: tuple[str, list[tuple[tuple[int, int], str]]] | None = None
    # (message, char range) for a `note:` pointing at a span instead of a plain note
    kind: str = "plain"                     # "plain" | "field" (`{a.b}`) | ...
    field_expr: str | None = None


Piece = "str | Argument"


def _is_id_start(c: str) -> bool:
    return c == "_" or c.isalpha()


def _is_id_continue(c: str) -> bool:
    return c == "_" or c.isalnum()


class FormatParser:
    def __init__(self, text: str):
        self.s = text
        self.i = 0
        self.curarg = 0
        self.errors: list[ParseError] = []
        self.last_opening_brace: tuple[int, int] | None = None

    # -- helpers -------------------------------------------------------------
    def peek(self, k: int = 0) -> str | None:
        j = self.i + k
        return self.s[j] if j < len(self.s) else None

    def consume(self, c: str) -> bool:
        if self.peek() == c:
            self.i += 1
            return True
        return False

    def ws(self) -> None:
        while self.peek() is not None and self.peek().isspace():
            self.i += 1

    def err(self, description: str, label: str, span: tuple[int, int], note: str | None = None,
            **kw) -> None:
        self.errors.append(ParseError(description, note, label, span, **kw))

    # -- the token stream ----------------------------------------------------
    def parse(self) -> list:
        pieces: list = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "{":
                start = self.i
                prev_brace = self.last_opening_brace
                self.last_opening_brace = (start, start + 1)
                self.i += 1
                if self.consume("{"):
                    self.last_opening_brace = prev_brace
                    pieces.append("{")
                    continue
                arg = self.argument()
                self.consume_closing_brace(arg)
                arg.span = (start, self.i)
                pieces.append(arg)
            elif c == "}":
                self.i += 1
                if self.consume("}"):
                    pieces.append("}")
                else:
                    self.err("unmatched `}` found", "unmatched `}` in format string",
                             (self.i - 1, self.i),
                             "if you intended to print `}`, you can escape it using `}}`")
                    return pieces
            else:
                j = self.i
                while j < len(self.s) and self.s[j] not in "{}":
                    j += 1
                pieces.append(self.s[self.i:j])
                self.i = j
        return pieces

    def consume_closing_brace(self, arg: Argument) -> None:
        self.ws()
        c = self.peek()
        if c == "}":
            self.i += 1
            return
        if c is None:
            desc = "expected `}` but string was terminated"
            span = (len(self.s), len(self.s) + 1)
        else:
            desc = f"expected `}}`, found `{_escape_debug(c)}`"
            span = (self.i, self.i + 1)
        if c == "?":
            # `{?}`: suggest_format_debug
            self.err(desc, "expected `:` before `?` to format with `Debug` in format string",
                     span, "to print `{`, you can escape it using `{{`",
                     suggestion=("add a colon before the format specifier", [(span, ":?")]))
            return
        if c in ("<", "^", ">"):
            self.err("expected alignment specifier after `:` in format string; example: `{:>?}`",
                     f"expected `{c}` to occur after `:` in format string", span)
            return
        if c == "." and arg.position[0] == "name" and self.peek(1) is not None:
            # suggest_positional_arg_instead_of_captured_arg: `{a.b}` / `{x.0}`
            j = self.i + 1
            while j < len(self.s) and (_is_id_continue(self.s[j]) or self.s[j] == "."):
                j += 1
            if j < len(self.s) and self.s[j] == "}" and j > self.i + 1:
                p0 = arg.position_span[0]
                field_text = self.s[self.i + 1:j]
                kind = "tuple index access" if field_text[:1].isdigit() else "field access"
                self.err(f"{kind} isn't supported", "not supported in format string", (p0, j),
                         "consider moving this expression to a local variable and then using "
                         "the local here instead", kind="field", field_expr=self.s[p0:j])
                self.i = j + 1
                return
        lob = self.last_opening_brace
        self.err(desc, "expected `}` in format string", span,
                 "if you intended to print `{`, you can escape it using `{{`",
                 secondary_label=("because of this opening brace", lob) if lob else None)
        # rustc stops the argument here; skip to the next `}` so parsing can go on.
        while self.peek() is not None and self.peek() != "}":
            self.i += 1
        if self.peek() == "}":
            self.i += 1

    def argument(self) -> Argument:
        p0 = self.i
        pos = self.position()
        p1 = self.i
        spec = self.format()
        if pos is None:
            pos = ("implicit", self.curarg)
            self.curarg += 1
        return Argument(pos, (p0, p1), spec, (p0 - 1, p0))

    def position(self):
        n = self.integer()
        if n is not None:
            return ("index", n)
        c = self.peek()
        if c is not None and _is_id_start(c):
            return ("name", self.word())
        return None

    def integer(self) -> int | None:
        start = self.i
        while self.peek() is not None and self.peek() in "0123456789":
            self.i += 1
        if self.i == start:
            return None
        v = int(self.s[start:self.i])
        if v > 2**64 - 1:
            self.err(f"integer `{self.s[start:self.i]}` does not fit into the type `usize` whose "
                     f"range is `0..={2**64 - 1}`", "integer out of range for `usize`",
                     (start, self.i))
        return v

    def word(self) -> str:
        start = self.i
        c = self.peek()
        if c is None or not _is_id_start(c):
            return ""
        self.i += 1
        while self.peek() is not None and _is_id_continue(self.peek()):
            self.i += 1
        w = self.s[start:self.i]
        if w == "_":
            self.err("invalid argument name `_`", "invalid argument name in format string",
                     (start, self.i), "argument name cannot be a single underscore")
        return w

    def count(self, start: int) -> Count:
        n = self.integer()
        if n is not None:
            if self.consume("$"):
                return Count("param", n, (start, self.i))
            return Count("is", n, (start, self.i))
        save = self.i
        w = self.word()
        if not w:
            self.i = save
            return Count("implied")
        if self.consume("$"):
            return Count("name", w, (start, self.i))
        self.i = save
        return Count("implied")

    def format(self) -> Spec:
        spec = Spec()
        if not self.consume(":"):
            return spec
        c0, c1 = self.peek(), self.peek(1)
        if c0 is not None and c1 in ("<", ">", "^"):
            spec.fill = c0
            spec.fill_span = (self.i, self.i + 1)
            self.i += 1
        for a in ("<", ">", "^"):
            if self.consume(a):
                spec.align = a
                break
        if self.consume("+"):
            spec.sign = "+"
        elif self.consume("-"):
            spec.sign = "-"
        if self.consume("#"):
            spec.alternate = True
        havewidth = False
        if self.peek() == "0":
            if self.peek(1) == "$":
                # `0$` is the width parameter 0, not the `0` flag.
                spec.width = Count("param", 0, (self.i, self.i + 2))
                self.i += 2
                havewidth = True
            else:
                self.i += 1
                spec.zero_pad = True
        if not havewidth:
            spec.width = self.count(self.i)
        if self.peek() == ".":
            start = self.i
            self.i += 1
            if self.consume("*"):
                spec.precision = Count("star", self.curarg, (start, self.i))
                self.curarg += 1
            else:
                spec.precision = self.count(start)
                if spec.precision.kind == "implied":
                    # rustc: `{:.}` is a precision with no count; treat as implied.
                    pass
                else:
                    spec.precision.span = (start, self.i)
        ty_start = self.i
        if self.consume("x"):
            if self.consume("?"):
                spec.debug_hex = "x"
                spec.ty = "?"
            else:
                spec.ty = "x"
        elif self.consume("X"):
            if self.consume("?"):
                spec.debug_hex = "X"
                spec.ty = "?"
            else:
                spec.ty = "X"
        elif self.consume("?"):
            spec.ty = "?"
            c = self.peek()
            if c in ("#", "x", "X"):
                # rustc inserts this error first, with a reordering suggestion.
                span = (self.i, self.i + 1)
                self.errors.insert(0, ParseError(
                    f"expected `}}`, found `{c}`", None, "expected `'}'` in format string", span,
                    suggestion=(f"did you mean `{c}?`?", [((self.i - 1, self.i + 1), f"{c}?")])))
        else:
            spec.ty = self.word()
            if spec.ty:
                spec.ty_span = (ty_start, self.i)
        return spec


def _escape_debug(c: str) -> str:
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "'": "\\'", '"': '\\"',
            "\0": "\\0"}.get(c, c)


def parse_format_string(text: str) -> tuple[list, list[ParseError]]:
    """Parse an unescaped format string into pieces (str literals and `Argument`s)."""
    p = FormatParser(text)
    pieces = p.parse()
    return pieces, p.errors
