"""The lexer: source text to tokens with exact byte spans.

Follows `rustc_lexer` + `rustc_parse::lexer`: comments and whitespace are dropped
(doc comments become "doc" tokens), literals are validated and unescaped here, and
errors are reported with rustc's wording. Two lexer errors are fatal in rustc
(`unterminated double quote string` E0765 and `unterminated block comment` E0758,
and the other unterminated literals): lexing stops there and no parse happens.

`check_delimiters` is rustc's token-tree pass (`lexer/tokentrees.rs`): unclosed,
mismatched and unexpected closing delimiters are reported before parsing, and when
there are any rustc does not parse the file at all.

The lexer works on the decoded `str` with character indices and converts to byte
offsets at token boundaries (identity for ASCII sources, a prefix table otherwise).
"""

from __future__ import annotations

import re

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import SourceFile, Span
from .ast import Token
from .token import PUNCTS, SINGLE_PUNCT

_WS = re.compile(r"[ \t\n\r\x0b\x0c\u0085\u200e\u200f\u2028\u2029]+")
# Unicode XID approximated by Python's \w (letters, marks, digits, connector punctuation).
_IDENT = re.compile(r"[^\W\d]\w*")
_IDENT_CONT = re.compile(r"\w*")
_DEC_DIGITS = re.compile(r"[0-9_]*")
_HEX_DIGITS = re.compile(r"[0-9a-fA-F_]*")
_EXP = re.compile(r"[eE][+-]?")
_LINE_END = re.compile(r"[^\n]*")

# Fast path for the common tokens, each with the spaces/tabs/newlines before it (one
# match per token): plain identifiers (not literal prefixes), punctuation, plain
# comments, simple integers and strings, lifetimes; everything else goes through the
# character dispatch. The group numbers are the `_F_*` constants below.
_FAST = re.compile(
    r"[ \t\n]*(?:"
    r"((?![brc]['\"#]|br['\"#]|cr['\"#])[^\W\d]\w*)"
    r"|([(){}\[\]])"
    r"|(<<=|>>=|\.\.\.|\.\.=|::|->|=>|==|!=|<=|>=|&&|\|\||\+=|-=|\*=|/=(?!/)|%=|\^=|&=|\|=|<<|>>|\.\.|[;,.@#~?:$=!<>\-&|+*^%]|/(?![/*]))"
    # plain comments (not doc comments: `///x`, `//!x`; `////` is plain again)
    r"|(//(?:[^/!\n][^\n]*)?(?=\n|$)|////[^\n]*)"
    # decimal integers without suffix, not followed by `.`/exponent/suffix
    r"|([0-9][0-9_]*(?![.\w]))"
    # strings without escapes, carriage returns or suffix
    r"|(\"[^\"\\\r]*\"(?!\w))"
    # lifetimes and labels (not char literals `'a'`)
    r"|('[^\W\d]\w*(?![\w']))"
    r")")
_F_IDENT, _F_DELIM, _F_PUNCT, _F_COMMENT, _F_INT, _F_STR, _F_LIFETIME = 1, 2, 3, 4, 5, 6, 7
_F_KIND = (None, "ident", "punct", "punct")
# The fast path builds Tokens and Spans without calling their `__init__` (a good part
# of the lexing time) and sets every field itself, so it must know them all.
assert Token.__slots__ == ("kind", "text", "span", "lit_kind", "suffix", "raw", "joint", "value")
assert Span.__slots__ == ("lo", "hi")

_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}
_LITERALS_HELP = "for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>"


class Lexer:
    def __init__(self, source: SourceFile, edition: str = "2024"):
        self.source = source
        self.text = source.text
        self.edition = edition
        self.diags: list[Diagnostic] = []
        self.fatal = False
        # Indices of the delimiter tokens `( ) [ ] { }`, for `check_delimiters`.
        self.delims: list[int] = []
        if self.text.isascii():
            self._boff = None
        else:
            offs = [0] * (len(self.text) + 1)
            acc = 0
            for i, ch in enumerate(self.text):
                offs[i] = acc
                o = ord(ch)
                acc += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
            offs[len(self.text)] = acc
            self._boff = offs

    # -- helpers ----------------------------------------------------------------
    def b(self, i: int) -> int:
        return i if self._boff is None else self._boff[i]

    def span(self, lo: int, hi: int) -> Span:
        if self._boff is None:
            return Span(lo, hi)
        return Span(self._boff[lo], self._boff[hi])

    def err(self, msg: str, lo: int, hi: int, label: str | None = None, code: str | None = None) -> Diagnostic:
        d = Diagnostic.error(msg, self.span(lo, hi), label, code)
        self.diags.append(d)
        return d

    # -- main loop --------------------------------------------------------------
    def tokenize(self) -> list[Token]:
        text = self.text
        n = len(text)
        toks: list[Token] = []
        i = 0
        # A shebang line `#!...` at the very start, unless it is an inner attribute `#![`
        # (rustc_lexer::strip_shebang: only whitespace/comments may separate `#!` and `[`).
        if text.startswith("\ufeff"):
            # rustc drops a leading byte order mark before lexing.
            i = 1
        if text.startswith("#!", i):
            rest = text[i + 2:].lstrip(" \t\r\n")
            if not rest.startswith("["):
                i = _LINE_END.match(text, i).end()
        # A placeholder first token, so that "the previous token" always exists.
        toks.append(Token("eof", "", Span(0, 0)))
        append = toks.append
        delims = self.delims
        # A scanner's `match()` matches at the end of its previous match: the fast path
        # needs no position argument; after a token from the slow path it restarts.
        scan = _FAST.scanner
        fast = scan(text, i).match
        new = Token.__new__
        ascii_src = self._boff is None
        span = self.span
        prev = toks[-1]     # the last token
        while i < n:
            m = fast()
            if m is not None:
                g = m.lastindex
                lo, j = m.span(g)
                if lo != i:     # whitespace before the token
                    prev.joint = False
                i = j
                if g <= 3:      # _F_IDENT, _F_DELIM, _F_PUNCT
                    # Token(kind, text, span, None, None, False, True), without the call
                    t = new(Token)
                    t.kind = _F_KIND[g]
                    t.text = text[lo:j]
                    if ascii_src:   # Span(lo, j), without the call
                        t.span = sp = new(Span)
                        sp.lo = lo
                        sp.hi = j
                    else:
                        t.span = span(lo, j)
                    t.lit_kind = t.suffix = t.value = None
                    t.raw = False
                    t.joint = True
                    if g == 2:  # its index once the placeholder is gone
                        delims.append(len(toks) - 1)
                    append(t)
                    prev = t
                elif g == 4:    # _F_COMMENT
                    prev.joint = False
                else:
                    sp = Span(lo, j) if ascii_src else span(lo, j)
                    t = text[lo:j]
                    if g == _F_INT:
                        append(Token("literal", t, sp, "int", None, False, True,
                                     int(t.replace("_", "")) if "_" in t else int(t)))
                    elif g == _F_STR:
                        append(Token("literal", t, sp, "str", None, False, True, t[1:-1]))
                    else:
                        append(Token("lifetime", t, sp, None, None, False, True))
                    prev = toks[-1]
                continue
            i = self.slow_token(i, toks)
            if i < 0:
                break
            prev = toks[-1]
            fast = scan(text, i).match
        toks[-1].joint = False
        del toks[0]
        end = self.b(n)
        toks.append(Token("eof", "", Span(end, end)))
        return toks

    def slow_token(self, i: int, toks: list[Token]) -> int:
        """Everything the fast path does not lex, at `i` (whitespace, doc and block
        comments, literals with prefixes, escapes or suffixes, floats, chars, ...):
        appends what it lexes to `toks` and returns where lexing continues, or -1 when
        lexing stops (after the errors rustc treats as fatal)."""
        text = self.text
        n = len(text)
        append = toks.append
        delims = self.delims
        c = text[i]
        if c in " \t\n\r" or c in "\x0b\x0c\u0085\u200e\u200f\u2028\u2029":
            i = _WS.match(text, i).end()
            toks[-1].joint = False
            return i
        start = i
        if c == "/" and i + 1 < n and text[i + 1] in "/*":
            i = self.comment(i, toks)
            if self.fatal:
                return -1      # a fatal error: lexing stops
            if toks[-1].kind != "doc":
                toks[-1].joint = False
            return i
        if c.isalpha() or c == "_" or (c > "\x7f" and c.isidentifier()):
            # Literal prefixes: b'', b"", br"", r"", r#"", c"", cr"", and raw idents r#x.
            if c in "brc" and i + 1 < n:
                tok = self.prefixed(i)
                if tok is not None:
                    if self.fatal:
                        return -1      # a fatal error: lexing stops
                    append(tok)
                    i = self._end
                    return i
            m = _IDENT.match(text, i)
            if m is None:  # e.g. a combining mark: rustc's "unknown start of token"
                self.unknown_start(i)
                i += 1
                return i
            i = m.end()
            append(Token("ident", m.group(), self.span(start, i), joint=True))
            return i
        if "0" <= c <= "9":
            append(self.number(i))
            i = self._end
            return i
        if c == "'":
            tok = self.quote(i)
            if self.fatal:
                return -1      # a fatal error: lexing stops
            append(tok)
            i = self._end
            return i
        if c == '"':
            end, value = self.quoted(i + 1, '"', "str")
            if self.fatal:
                return -1      # a fatal error: lexing stops
            i, suffix = self.suffix(end)
            append(Token("literal", text[start:i], self.span(start, i), "str", suffix, joint=True,
                         value=value))
            return i
        if c in SINGLE_PUNCT:
            p = c
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt and nxt in ":->=.&|<+*/^%!":
                for cand in PUNCTS:
                    if text.startswith(cand, i):
                        p = cand
                        break
            i += len(p)
            if p in _DELIMS:
                delims.append(len(toks) - 1)
            append(Token("punct", p, self.span(start, i), joint=True))
            return i
        self.unknown_start(i)
        i += 1
        return i

    def unknown_start(self, i: int) -> None:
        c = self.text[i]
        if c.isprintable() and c.isascii():
            shown = c
        else:
            shown = "\\u{%x}" % ord(c)
        self.err(f"unknown start of token: {shown}", i, i + 1)

    # -- comments ---------------------------------------------------------------
    def comment(self, i: int, toks: list[Token]) -> int:
        text = self.text
        if text[i + 1] == "/":
            end = _LINE_END.match(text, i).end()
            body = text[i:end]
            # `///` (not `////`) is an outer doc comment, `//!` an inner one.
            if body.startswith("///") and not body.startswith("////"):
                toks.append(Token("doc", body.rstrip("\r"), self.span(i, end), "outer",
                                  value=body[3:].rstrip("\r")))
            elif body.startswith("//!"):
                toks.append(Token("doc", body.rstrip("\r"), self.span(i, end), "inner",
                                  value=body[3:].rstrip("\r")))
            return end
        # Block comment, nested.
        depth = 1
        j = i + 2
        n = len(text)
        while j < n:
            k = text.find("*", j)
            k2 = text.find("/*", j)
            if k2 != -1 and (k == -1 or k2 < k or (k2 + 1 == k and text[k + 1:k + 2] != "/")):
                if k == -1 or k2 < k:
                    depth += 1
                    j = k2 + 2
                    continue
            if k == -1:
                j = n
                break
            if k + 1 < n and text[k + 1] == "/":
                depth -= 1
                j = k + 2
                if depth == 0:
                    break
            else:
                j = k + 1
        if depth > 0:
            self.err("unterminated block comment", i, n, code="E0758")
            self.fatal = True
            return n
        body = text[i:j]
        inner = body[3:-2]
        if body.startswith("/**") and not body.startswith("/***") and body != "/**/":
            toks.append(Token("doc", body, self.span(i, j), "outer", value=inner))
        elif body.startswith("/*!"):
            toks.append(Token("doc", body, self.span(i, j), "inner", value=inner))
        return j

    # -- literals ---------------------------------------------------------------
    def suffix(self, i: int) -> tuple[int, str | None]:
        m = _IDENT.match(self.text, i)
        if m is None:
            return i, None
        return m.end(), m.group()

    def prefixed(self, i: int) -> Token | None:
        """Literals with a prefix letter and raw identifiers; None for a plain identifier."""
        text = self.text
        n = len(text)
        c = text[i]
        c1 = text[i + 1]
        if c == "r" and c1 == "#" and i + 2 < n and (text[i + 2].isalpha() or text[i + 2] == "_"
                                                     or text[i + 2] > "\x7f"):
            m = _IDENT.match(text, i + 2)
            if m is not None:
                self._end = m.end()
                name = m.group()
                if name in ("self", "super", "crate", "Self", "_"):
                    self.err(f"`{name}` cannot be a raw identifier", i, self._end)
                return Token("ident", name, self.span(i, self._end), raw=True, joint=True)
        if c == "b" and c1 == "'":
            end, value = self.quoted(i + 2, "'", "byte")
            if self.fatal:
                return None
            self._end, suffix = self.suffix(end)
            return Token("literal", text[i:self._end], self.span(i, self._end), "byte", suffix,
                         joint=True, value=value)
        kinds = {"b": "bytestr", "c": "cstr", "r": "str"}
        if c1 == '"' and c != "r":
            if c == "c" and self.edition < "2021":
                return None
            end, value = self.quoted(i + 2, '"', kinds[c])
            if self.fatal:
                return None
            self._end, suffix = self.suffix(end)
            return Token("literal", text[i:self._end], self.span(i, self._end), kinds[c], suffix,
                         joint=True, value=value)
        # Raw strings: r"..", r#".."#, br"..", cr"..".
        j = i + 1
        kind = "str"
        if c in "bc":
            if c1 != "r":
                return None
            kind = kinds[c]
            j = i + 2
        elif c != "r":
            return None
        k = j
        while k < n and text[k] == "#":
            k += 1
        if k >= n or text[k] != '"':
            if k > j and c == "r":
                # `r#` followed by something that is not an identifier or a quote.
                return None
            return None
        hashes = k - j
        close = '"' + "#" * hashes
        end = text.find(close, k + 1)
        if end == -1:
            self.err("unterminated raw string", i, k + 1, code="E0748")
            self.fatal = True
            return None
        value = text[k + 1:end].replace("\r\n", "\n")
        self._end, suffix = self.suffix(end + len(close))
        if kind == "bytestr":
            value = value.encode("utf-8")
        elif kind == "cstr":
            value = value.encode("utf-8")
        return Token("literal", text[i:self._end], self.span(i, self._end), kind, suffix,
                     joint=True, value=value)

    def quote(self, i: int) -> Token:
        """`'`: a char literal or a lifetime/label (rustc_lexer::lifetime_or_char)."""
        text = self.text
        n = len(text)
        c1 = text[i + 1] if i + 1 < n else ""
        c2 = text[i + 2] if i + 2 < n else ""
        if c1 and c1 != "\\" and c2 == "'" and c1 != "\n":
            self._end, suffix = self.suffix(i + 3)
            return Token("literal", text[i:self._end], self.span(i, self._end), "char", suffix,
                         joint=True, value=c1)
        if c1 and (c1.isalpha() or c1 == "_" or (c1 > "\x7f" and c1.isidentifier()) or c1.isdigit()) \
                and c1 != "\\":
            m = _IDENT_CONT.match(text, i + 1)
            j = m.end()
            if j < n and text[j] == "'":
                # 'ab' : a char literal with several codepoints.
                end, value = self.quoted(i + 1, "'", "char")
                self._end, suffix = self.suffix(end)
                return Token("literal", text[i:self._end], self.span(i, self._end), "char", suffix,
                             joint=True, value=value)
            if c1.isdigit():
                self.err("lifetimes cannot start with a number", i, j)
            self._end = j
            return Token("lifetime", text[i:j], self.span(i, j), joint=True)
        if c1 == "'":
            # `''`: rustc reports the empty literal at the closing quote.
            self.err("empty character literal", i + 1, i + 1, "empty character literal")
            self._end, suffix = self.suffix(i + 2)
            return Token("literal", text[i:self._end], self.span(i, self._end), "char", suffix,
                         joint=True, value="\0")
        end, value = self.quoted(i + 1, "'", "char")
        if self.fatal:
            return Token("eof", "", self.span(i, i))
        self._end, suffix = self.suffix(end)
        return Token("literal", text[i:self._end], self.span(i, self._end), "char", suffix,
                     joint=True, value=value)

    def quoted(self, j: int, q: str, kind: str) -> tuple[int, object]:
        """Scan and unescape the body of a quoted literal starting at `j` (just after the
        opening quote). Returns (index after the closing quote, value)."""
        text = self.text
        n = len(text)
        start = j - (2 if kind in ("byte", "bytestr", "cstr") else 1)
        byte_mode = kind in ("byte", "bytestr")
        out: list[str] = []
        bad = False
        while True:
            if j >= n:
                what = {"str": ("unterminated double quote string", "E0765"),
                        "bytestr": ("unterminated double quote byte string", "E0766"),
                        "cstr": ("unterminated C string", "E0767"),
                        "char": ("unterminated character literal", "E0762"),
                        "byte": ("unterminated byte constant", "E0763")}[kind]
                self.err(what[0], start, n, code=what[1])
                self.fatal = True
                return n, None
            c = text[j]
            if c == q:
                j += 1
                break
            if kind in ("char", "byte") and c == "\n" and q == "'":
                # Look for the closing quote; rustc stops char literals at a newline
                # unless the quote follows immediately.
                k = text.find("'", j)
                if k == -1:
                    what = ("unterminated character literal", "E0762") if kind == "char" else \
                        ("unterminated byte constant", "E0763")
                    self.err(what[0], start, n, code=what[1])
                    self.fatal = True
                    return n, None
            if c == "\\":
                if j + 1 >= n:
                    j += 1
                    continue
                e = text[j + 1]
                if e in _SIMPLE_ESCAPES:
                    out.append(_SIMPLE_ESCAPES[e])
                    j += 2
                    continue
                if e == "\n" and kind in ("str", "bytestr", "cstr"):
                    # Line continuation: skip the newline and following whitespace.
                    j += 2
                    while j < n and text[j] in " \t\n\r":
                        j += 1
                    continue
                if e == "x":
                    hx = text[j + 2:j + 4]
                    if len(hx) < 2 or not all(h in "0123456789abcdefABCDEF" for h in hx):
                        k = j + 2
                        while k < n and k < j + 4 and text[k] in "0123456789abcdefABCDEF":
                            k += 1
                        if k < n and text[k] != q:
                            self.err("invalid character in numeric character escape: "
                                     f"`{text[k]}`", k, k + 1,
                                     "invalid character in numeric character escape")
                        else:
                            self.err("numeric character escape is too short", j, k)
                        bad = True
                        j = k
                        continue
                    v = int(hx, 16)
                    if v > 0x7F and not byte_mode:
                        d = self.err("out of range hex escape", j, j + 4,
                                     "must be a character in the range [\\x00-\\x7f]")
                        d.help(f"if you want to write a byte literal, use `b'\\x{hx}'`")
                        d.help(f"if you want to write a Unicode character, use `'\\u{{{hx}}}'`")
                        bad = True
                    out.append(chr(v))
                    j += 4
                    continue
                if e == "u":
                    if j + 2 >= n or text[j + 2] != "{":
                        k = j + 2
                        while k < n and text[k] in "0123456789abcdefABCDEF":
                            k += 1
                        d = self.err("incorrect unicode escape sequence", j, k)
                        bad = True
                        j = k
                        continue
                    close = text.find("}", j + 3)
                    body = text[j + 3:close] if close != -1 else ""
                    digits = body.replace("_", "")
                    if close == -1 or not digits or not all(h in "0123456789abcdefABCDEF" for h in digits):
                        end = close + 1 if close != -1 else j + 3
                        self.err("invalid unicode character escape", j, end, "invalid escape")
                        bad = True
                        j = end
                        continue
                    v = int(digits, 16)
                    end = close + 1
                    if v > 0x10FFFF:
                        d = self.err("invalid unicode character escape", j, end, "invalid escape")
                        d.help("unicode escape must be at most 10FFFF")
                        bad = True
                    elif 0xD800 <= v <= 0xDFFF:
                        d = self.err("invalid unicode character escape", j, end, "invalid escape")
                        d.help("unicode escape must not be a surrogate")
                        bad = True
                    elif byte_mode:
                        self.err("unicode escape in byte string", j, end, "unicode escape in byte string")
                        bad = True
                    else:
                        out.append(chr(v))
                    j = end
                    continue
                # Unknown escape: rustc points at the character after the backslash.
                shown = e if e.isprintable() else "\\u{%x}" % ord(e)
                d = self.err(f"unknown {'byte' if byte_mode else 'character'} escape: `{shown}`",
                             j + 1, j + 2,
                             f"unknown {'byte' if byte_mode else 'character'} escape")
                d.help(_LITERALS_HELP)
                if kind == "str":
                    d.help("if you meant to write a literal backslash (perhaps escaping in a "
                           "regular expression), consider a raw string literal",
                           suggestions=[Suggestion(self.span(start, start), "r")])
                bad = True
                j += 2
                continue
            if byte_mode and c > "\x7f":
                d = self.err(f"non-ASCII character in {'byte string literal' if kind == 'bytestr' else 'byte literal'}",
                             j, j + 1, "must be ASCII")
                bad = True
            if c == "\r" and j + 1 < n and text[j + 1] == "\n":
                j += 1
                continue
            out.append(c)
            j += 1
        s = "".join(out)
        if kind == "char" or kind == "byte":
            if len(s) != 1 and not bad:
                if len(s) == 0:
                    self.err("empty character literal", j - 1, j, "empty character literal")
                elif s == "\n" or s == "\t":
                    pass
                else:
                    d = self.err(("character literal may only contain one codepoint" if kind == "char"
                                  else "byte literal may only contain one byte"), start, j)
                    if kind == "char":
                        body = self.text[start + 1:j - 1]
                        d.help("if you meant to write a string literal, use double quotes",
                               suggestions=[Suggestion(self.span(start, j), f'"{body}"')])
            if kind == "char" and s in ("\n", "\t", "\r") and text[j - 2] == s:
                name = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}[s]
                d = self.err(f"character constant must be escaped: `{name}`", j - 2, j - 1)
                d.help("escape the character", suggestions=[Suggestion(self.span(j - 2, j - 1), name)])
            value: object = s[:1] if s else "\0"
            if kind == "byte":
                value = ord(value) & 0xFF if isinstance(value, str) else value
            return j, value
        if kind == "bytestr":
            return j, bytes(ord(ch) & 0xFF for ch in s)
        if kind == "cstr":
            return j, s.encode("utf-8")
        return j, s

    def number(self, i: int) -> Token:
        text = self.text
        n = len(text)
        start = i
        base = 10
        kind = "int"
        if text[i] == "0" and i + 1 < n and text[i + 1] in "bxo":
            base = {"b": 2, "o": 8, "x": 16}[text[i + 1]]
            j = i + 2
            m = (_HEX_DIGITS if base == 16 else _DEC_DIGITS).match(text, j)
            digits_end = m.end()
            digits = text[j:digits_end].replace("_", "")
            if not digits:
                self.err("no valid digits found for number", start, digits_end, code="E0768")
                value = 0
            else:
                bad = next((k for k in range(j, digits_end)
                            if text[k] != "_" and int(text[k], 16) >= base), None)
                if bad is not None:
                    self.err(f"invalid digit for a base {base} literal", bad, bad + 1)
                    value = 0
                else:
                    value = int(digits, base)
            i = digits_end
        else:
            j = _DEC_DIGITS.match(text, i).end()
            i = j
            # A `.` makes a float unless it starts `..` or a method/field name (`1.foo()`).
            if i < n and text[i] == "." and not (i + 1 < n and (text[i + 1] == "." or
                                                               text[i + 1].isalpha() or text[i + 1] == "_"
                                                               or text[i + 1] > "\x7f")):
                kind = "float"
                i += 1
                if i < n and text[i].isdigit():
                    i = _DEC_DIGITS.match(text, i).end()
            if i < n and text[i] in "eE":
                # rustc_lexer: an `e` after the digits always starts an exponent.
                k = _EXP.match(text, i).end()
                k2 = _DEC_DIGITS.match(text, k).end()
                kind = "float"
                if not any(ch.isdigit() for ch in text[k:k2]):
                    self.err("expected at least one digit in exponent", start, k2)
                i = k2
            body = text[start:i].replace("_", "")
            if kind == "float":
                try:
                    value = float(body)
                except ValueError:
                    value = 0.0
            else:
                value = int(body) if body else 0
        self._end, suffix = self.suffix(i)
        if suffix is not None and kind == "int" and base == 10 and suffix in ("f32", "f64", "f16", "f128"):
            kind = "float"
            value = float(value)
        return Token("literal", text[start:self._end], self.span(start, self._end), kind, suffix,
                     joint=True, value=value)


def tokenize(source: SourceFile, edition: str = "2024") -> tuple[list[Token], list[Diagnostic], bool]:
    """Lex `source`. Returns (tokens ending with an "eof" token, diagnostics, fatal)."""
    lx = Lexer(source, edition)
    toks = lx.tokenize()
    return toks, lx.diags, lx.fatal


# ---------------------------------------------------------------------------
# Delimiter checking (rustc_parse::lexer::tokentrees)
# ---------------------------------------------------------------------------

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {")": "(", "]": "[", "}": "{"}
_DELIMS = frozenset(_OPEN) | frozenset(_CLOSE)


def check_delimiters(toks: list[Token], source: SourceFile,
                     delims: list[int] | None = None) -> tuple[list[int], list[Diagnostic]]:
    """Match delimiters. Returns (`match`, diagnostics): `match[i]` is the index of the
    token closing the delimiter opened at `i` (and vice versa), -1 elsewhere.

    Mirrors rustc's token-tree builder: a wrong closing delimiter closes the innermost
    open one ("mismatched closing delimiter"), and is consumed unless it matches an
    outer open delimiter; a closing delimiter at top level is "unexpected".

    `delims`, when given, lists the indices of the delimiter tokens (the lexer's
    `Lexer.delims`), which saves a pass over all tokens."""
    match = [-1] * len(toks)
    stack: list[int] = []            # indices of open delimiters
    unmatched: list[tuple[int, int | None, int | None]] = []   # (found, unclosed, candidate)
    matching_blocks: list[tuple[Span, Span]] = []
    empty_blocks: list[Span] = []
    diags: list[Diagnostic] = []
    text = source.data

    def indent(sp: Span) -> bytes:
        ls = source.line_starts[source.line_index(sp.lo)]
        line = text[ls:sp.lo]
        k = 0
        while k < len(line) and line[k] in b" \t":
            k += 1
        return line[:k]

    def multiline(a: Span, b: Span) -> bool:
        return source.line_index(a.lo) != source.line_index(b.hi)

    # The delimiters, up to the (first) end of file; only they matter below.
    if delims is None:
        delims = []
        for i, t in enumerate(toks):
            if t.text in _DELIMS:
                if t.kind == "punct":
                    delims.append(i)
            elif t.kind == "eof":
                break
    k = 0
    nd = len(delims)
    last_unclosed_found: int | None = None
    push = stack.append
    while k < nd:
        i = delims[k]
        t = toks[i]
        p = t.text
        if p in _OPEN:
            push(i)
            k += 1
            continue
        if not stack:
            d = Diagnostic.error(f"unexpected closing delimiter: `{p}`", t.span)
            if not _report_missing_open(d, toks, unmatched):
                _report_suspicious(d, toks, source, matching_blocks, empty_blocks, stack, p, indent)
            d.primary(t.span, "unexpected closing delimiter")
            d.spans = [s for s in d.spans if s.label is not None]
            diags.append(d)
            # rustc's top-level `lex_token_trees` returns here: nothing more is reported
            return match, _mismatch_errors(toks, unmatched) + diags
        top = stack[-1]
        o = toks[top]
        if o.text == _CLOSE[p]:
            stack.pop()
            match[top] = i
            match[i] = top
            if p == "}":
                if top + 1 == i and not multiline(o.span, t.span):
                    empty_blocks.append(o.span.to(t.span))
                matching_blocks.append((o.span, t.span))
            k += 1
            continue
        # Mismatched.
        if last_unclosed_found != i:
            last_unclosed_found = i
            unclosed = stack[-1]
            candidate = None
            for o in stack:
                if toks[o].text == _CLOSE[p] and indent(t.span) == indent(toks[o].span):
                    candidate = o
            stack.pop()
            unmatched.append((i, unclosed, candidate))
        else:
            stack.pop()
        if not any(toks[o].text == _CLOSE[p] for o in stack):
            k += 1
    if stack:
        eof = toks[-1]
        d = Diagnostic.error("this file contains an unclosed delimiter", eof.span)
        for o in stack:
            d.secondary(toks[o].span, "unclosed delimiter")
        _report_suspicious(d, toks, source, matching_blocks, empty_blocks, stack, "}", indent)
        return match, _mismatch_errors(toks, unmatched) + [d]
    return match, _mismatch_errors(toks, unmatched)


def _mismatch_errors(toks, unmatched) -> list[Diagnostic]:
    out = []
    for found, unclosed, candidate in unmatched:
        t = toks[found]
        d = Diagnostic.error(f"mismatched closing delimiter: `{t.text}`", t.span,
                             "mismatched closing delimiter")
        if candidate is not None:
            d.secondary(toks[candidate].span, "closing delimiter possibly meant for this")
        if unclosed is not None:
            d.primary(toks[unclosed].span, "unclosed delimiter")
        out.append(d)
    return out


def _report_missing_open(d: Diagnostic, toks, unmatched) -> bool:
    reported = False
    keep = []
    for found, unclosed, candidate in unmatched:
        p = toks[found].text
        if p in (")", "]"):
            if unclosed is not None:
                d.secondary(toks[unclosed].span, "the nearest open delimiter")
            # rustc labels an empty span at the stray delimiter.
            d.secondary(toks[found].span.shrink_to_lo(), f"missing open `{_CLOSE[p]}` for this delimiter")
            reported = True
        else:
            keep.append((found, unclosed, candidate))
    unmatched[:] = keep
    return reported


def _report_suspicious(d, toks, source, matching_blocks, empty_blocks, stack, delim, indent) -> None:
    spans = [(Span(o.lo, c.lo), indent(o) == indent(c)) for o, c in matching_blocks]
    spans.sort(key=lambda x: x[0].lo)
    for a in range(len(spans)):
        blk, same = spans[a]
        if same:
            for b_ in range(a + 1, len(spans)):
                inner, isame = spans[b_]
                if blk.lo <= inner.lo and inner.hi <= blk.hi and not isame:
                    spans[b_] = (inner, True)
    cand = next((sp for sp, same in reversed(spans) if not same), None)
    if cand is not None:
        d.secondary(Span(cand.lo, cand.lo), "this delimiter might not be properly closed...")
        d.secondary(Span(cand.hi, cand.hi), "...as it matches this but it has different indentation")
        if delim == "}":
            for sp in empty_blocks:
                if cand.lo <= sp.lo and sp.hi <= cand.hi:
                    d.secondary(sp, "block is empty, you might have not meant to close it")
                    break
    elif matching_blocks and not stack:
        o, c = matching_blocks[-1]
        if all(sp != o.to(c) for sp in empty_blocks):
            d.secondary(o, "this opening brace...")
            d.secondary(c, "...matches this closing brace")
