"""The parser core: token cursor, expected-token bookkeeping, errors, recovery.

The grammar lives in mixins split by what they parse (`parse_item.py`,
`parse_expr.py`, `parse_pat.py`, `parse_ty.py`); `Parser` combines them.

Error messages follow rustc's `Parser::expected_one_of_not_found`: every `check`
or `eat` that fails records what it looked for (rustc's `expected_token_types`),
the set is cleared on each `bump`, and a failed `expect` reports
"expected one of `a`, `b`, or an operator, found `x`", sorted as rustc sorts them
(by their printed form, so backquoted tokens come first). A syntax error unwinds
(`ParseError`) to the nearest recovery point: the statement (skip to `;`/`}`,
rustc's `recover_stmt`) or the item (skip to the next item).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import SourceFile, Span
from . import ast
from .ast import Token
from .ids import IdGen
from .token import is_keyword, is_reserved, token_descr, token_str


def sugg(span: Span, text: str, style: str = "ShowCode",
         applicability: str = "MachineApplicable") -> Suggestion:
    """A suggestion in rustc's style: "ShowCode" (`span_suggestion`), "ShowAlways"
    (`_verbose`), "HideCodeInline" (`_short`), "HideCodeAlways" (`_hidden`)."""
    return Suggestion(span, text, applicability, style)


class ParseError(Exception):
    def __init__(self, diag: Diagnostic):
        super().__init__(diag.message)
        self.diag = diag


OPERATOR = "an operator"


class _Backquoted(dict):
    """`p` -> "`p`", memoised: `check` records what it looked for on every miss."""
    def __missing__(self, p: str) -> str:
        v = self[p] = f"`{p}`"
        return v


_BQ = _Backquoted()


def _sort_expected(exp: list[str]) -> list[str]:
    seen = sorted(set(exp))
    return seen


def _join_expected(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} or {items[1]}"
    return ", ".join(items[:-1]) + ", or " + items[-1]


class ParserBase:
    def __init__(self, toks: list[Token], source: SourceFile, edition: str, ids: IdGen,
                 matches: list[int] | None = None):
        self.toks = toks
        self._ntoks = len(toks)     # the token list is edited in place, never resized
        self.source = source
        self.edition = edition
        self.ids = ids
        self.pos = 0
        self.tok = toks[0]
        self.prev_span = Span(toks[0].span.lo, toks[0].span.lo)
        self.expected: list[str] = []
        self.diags: list[Diagnostic] = []
        from .token import KEYWORDS_2018, RESERVED_2018, RESERVED_2024, RESERVED_KEYWORDS, STRICT_KEYWORDS
        kws = set(STRICT_KEYWORDS) | RESERVED_KEYWORDS | {"_"}
        if edition != "2015":
            kws |= KEYWORDS_2018 | RESERVED_2018
        if edition >= "2024":
            kws |= RESERVED_2024
        self._kws = frozenset(kws)

    # -- cursor -----------------------------------------------------------------
    def bump(self) -> Token:
        t = self.tok
        self.prev_span = t.span
        pos = self.pos + 1
        if pos < self._ntoks:
            self.pos = pos
            self.tok = self.toks[pos]
        if self.expected:
            self.expected.clear()
        return t

    def look(self, n: int = 1) -> Token:
        i = self.pos + n
        if i >= len(self.toks):
            return self.toks[-1]
        return self.toks[i]

    def next_id(self) -> int:
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        return n

    def span_from(self, lo: Span) -> Span:
        """From `lo` to the end of the previous token. Spans are immutable values: when
        that is `lo` itself (a one-token node), `lo` is shared rather than copied."""
        b = self.prev_span.hi
        if b == lo.hi:
            return lo
        if type(lo) is not Span:        # a macro-expanded span keeps its expansion
            return lo.to(self.prev_span)
        a = lo.lo
        return Span(a, b if b > a else a)

    # -- token predicates --------------------------------------------------------
    def is_p(self, p: str, t: Token | None = None) -> bool:
        if t is None:
            t = self.tok
        return t.text == p and t.kind == "punct"

    def is_kw(self, kw: str, t: Token | None = None) -> bool:
        if t is None:
            t = self.tok
        return t.text == kw and t.kind == "ident" and not t.raw

    def is_ident(self, t: Token | None = None) -> bool:
        """A plain identifier (not a keyword; raw identifiers are identifiers)."""
        t = t or self.tok
        return t.kind == "ident" and (t.raw or t.text not in self._kws)

    def is_path_start_ident(self, t: Token | None = None) -> bool:
        t = t or self.tok
        return self.is_ident(t) or (t.kind == "ident" and not t.raw and
                                    t.text in ("self", "Self", "super", "crate"))

    # -- expected-token bookkeeping ---------------------------------------------
    def check(self, p: str) -> bool:
        t = self.tok
        if t.text == p and t.kind == "punct":
            return True
        self.expected.append(_BQ[p])
        return False

    def eat(self, p: str) -> bool:
        t = self.tok
        if t.text == p and t.kind == "punct":
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            return True
        self.expected.append(_BQ[p])
        return False

    def check_kw(self, kw: str) -> bool:
        t = self.tok
        if t.text == kw and t.kind == "ident" and not t.raw:
            return True
        self.expected.append(_BQ[kw])
        return False

    def eat_kw(self, kw: str) -> bool:
        t = self.tok
        if t.text == kw and t.kind == "ident" and not t.raw:
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            return True
        self.expected.append(_BQ[kw])
        return False

    def check_split(self, p: str) -> bool:
        """`check` that also accepts a glued token starting with `p` (`>>` for `>`)."""
        t = self.tok
        if t.kind == "punct" and t.text.startswith(p):
            return True
        self.expected.append(f"`{p}`")
        return False

    def eat_split(self, p: str) -> bool:
        """Eat `p`, splitting a glued token as rustc's `break_and_eat` does."""
        t = self.tok
        if t.kind == "punct" and t.text == p:
            self.bump()
            return True
        if t.kind == "punct" and t.text.startswith(p) and len(t.text) > len(p):
            first = Span(t.span.lo, t.span.lo + len(p))
            rest = Token("punct", t.text[len(p):], Span(t.span.lo + len(p), t.span.hi), joint=t.joint)
            self.toks[self.pos] = rest
            self.tok = rest
            self.prev_span = first
            self.expected.clear()
            return True
        self.expected.append(f"`{p}`")
        return False

    def expect(self, p: str) -> Span:
        t = self.tok
        if t.text == p and t.kind == "punct":
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            return t.span
        self.expected.append(_BQ[p])
        if p == ";" and self.recover_missing_semi():
            return self.prev_span.shrink_to_hi()
        raise ParseError(self.expected_one_of_not_found())

    def expect_split(self, p: str) -> Span:
        if self.eat_split(p):
            return self.prev_span
        raise ParseError(self.expected_one_of_not_found())

    def expect_kw(self, kw: str) -> Span:
        if self.eat_kw(kw):
            return self.prev_span
        raise ParseError(self.expected_one_of_not_found())

    # -- errors -----------------------------------------------------------------
    def descr(self, t: Token | None = None) -> str:
        return token_descr(t or self.tok, self.edition)

    def on_same_line(self, a: Span, b: Span) -> bool:
        return self.source.line_index(a.hi) == self.source.line_index(b.lo)

    def expected_one_of_not_found(self) -> Diagnostic:
        """rustc's `expected_one_of_not_found`."""
        exp = _sort_expected(self.expected)
        actual = self.descr()
        t = self.tok
        if len(exp) > 1:
            msg = f"expected one of {_join_expected(exp)}, found {actual}"
            short = f"{len(exp)} possible tokens" if len(exp) > 6 else _join_expected(exp)
            label = f"expected one of {short}"
        elif not exp:
            msg = f"unexpected token: {actual}"
            label = "unexpected token after this"
        else:
            msg = f"expected {exp[0]}, found {actual}"
            label = f"expected {exp[0]}"
        if t.kind == "eof":
            d = Diagnostic.error(msg, self.prev_span, label)
            return d
        if self.on_same_line(self.prev_span, t.span):
            d = Diagnostic.error(msg, t.span, label)
        else:
            # rustc: the error is at the unexpected token; the place where the expected
            # token was missing is labelled.
            d = Diagnostic("error", msg)
            d.secondary(self.prev_span.shrink_to_hi(), label)
            d.primary(t.span, "unexpected token")
        return d

    def error(self, msg: str, span: Span, label: str | None = None) -> Diagnostic:
        return Diagnostic.error(msg, span, label)

    def emit(self, d: Diagnostic) -> None:
        self.diags.append(d)

    def expected_ident_error(self) -> Diagnostic:
        """rustc's `expected_ident_found`."""
        t = self.tok
        if t.kind == "eof":
            return Diagnostic.error("expected identifier, found `<eof>`", self.prev_span,
                                    "expected identifier")
        if t.kind == "ident" and not t.raw and (is_keyword(t.text, self.edition) or
                                                is_reserved(t.text, self.edition)):
            kind = "keyword" if is_keyword(t.text, self.edition) else "reserved keyword"
            d = Diagnostic.error(f"expected identifier, found {kind} `{t.text}`", t.span,
                                 f"expected identifier, found {kind}")
            if t.text not in ("self", "Self", "super", "crate", "_"):
                d.help(f"escape `{t.text}` to use it as an identifier",
                       suggestions=[Suggestion(t.span.shrink_to_lo(), "r#", style="ShowAlways")])
            return d
        if t.kind == "ident" and t.text == "_":
            return Diagnostic.error("expected identifier, found reserved identifier `_`", t.span,
                                    "expected identifier, found reserved identifier")
        if t.kind == "doc":
            return Diagnostic.error(f"expected identifier, found doc comment `{t.text}`", t.span,
                                    "expected identifier, found doc comment")
        return Diagnostic.error(f"expected identifier, found {self.descr()}", t.span,
                                "expected identifier")

    def parse_ident(self) -> ast.Ident:
        t = self.tok
        if t.kind == "ident" and (t.raw or t.text not in self._kws):    # is_ident()
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            return ast.Ident(t.text, t.span)
        self.expected.append("identifier")
        raise ParseError(self.expected_ident_error())

    # -- token trees --------------------------------------------------------------
    def parse_delimited_tts(self) -> ast.Delimited:
        """The current token is an open delimiter: collect the token trees up to its
        match (delimiters were balanced by `check_delimiters`)."""
        open_tok = self.bump()
        stack: list[tuple[Token, list]] = []
        trees: list = []
        closer = {"(": ")", "[": "]", "{": "}"}
        cur_open = open_tok
        while True:
            t = self.tok
            if t.kind == "eof":
                # Only reachable for token lists that were not delimiter-checked.
                raise ParseError(self.error("this file contains an unclosed delimiter", t.span))
            if t.kind == "punct" and t.text in ("(", "[", "{"):
                stack.append((cur_open, trees))
                cur_open = t
                trees = []
                self.bump()
                continue
            if t.kind == "punct" and t.text in (")", "]", "}"):
                self.bump()
                d = ast.Delimited(cur_open.text, cur_open.span, t.span, trees)
                if not stack:
                    return d
                cur_open, trees = stack.pop()
                trees.append(d)
                continue
            trees.append(self.bump())


def flatten_trees(trees: list, out: list[Token]) -> None:
    """Token trees back to a flat token list (delimiters as punct tokens)."""
    for tt in trees:
        if isinstance(tt, ast.Delimited):
            out.append(Token("punct", tt.delim, tt.open_span))
            flatten_trees(tt.trees, out)
            close = {"(": ")", "[": "]", "{": "}"}[tt.delim]
            out.append(Token("punct", close, tt.close_span))
        else:
            out.append(tt)
