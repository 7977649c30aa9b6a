"""Tokens and keywords.

The token type itself is `ast.Token` (token trees inside macro invocations and
attributes are kept in the AST, so the AST owns the type). Kinds:

  "ident"     identifier or keyword; `text` is the name (`r#` stripped, `raw=True`)
  "lifetime"  `'a`, `'static`, `'_`, also loop labels; `text` includes the quote
  "literal"   `lit_kind` in int/float/str/char/byte/bytestr/cstr, `suffix`, `value`
              (unescaped), `text` the literal as written (with suffix)
  "punct"     operators and delimiters, glued like rustc (`>>=`, `::`, `..=`);
              `joint` is True when the next token follows without whitespace
  "doc"       a doc comment; `text` the comment's content (what `#[doc = ".."]`
              would hold), `lit_kind` "outer" or "inner"
  "eof"       end of input (an empty span at the end)

Like rustc, keywords are identifiers and the parser asks whether an identifier is
a keyword; a raw identifier never is.
"""

from __future__ import annotations

from .ast import Token

__all__ = ["Token", "STRICT_KEYWORDS", "RESERVED_KEYWORDS", "is_keyword", "is_reserved",
           "is_any_keyword", "PUNCTS", "token_descr", "token_str"]

# rustc_span::symbol: used keywords, in every edition.
STRICT_KEYWORDS = frozenset("""
as break const continue crate else enum extern false fn for if impl in let loop match mod
move mut pub ref return self Self static struct super trait true type unsafe use where while
""".split())
# Reserved for future use in every edition.
RESERVED_KEYWORDS = frozenset("abstract become box do final macro override priv typeof unsized virtual yield".split())
# Keywords from 2018 on.
KEYWORDS_2018 = frozenset("async await dyn".split())
RESERVED_2018 = frozenset(["try"])
RESERVED_2024 = frozenset(["gen"])


def is_keyword(name: str, edition: str = "2024") -> bool:
    """A used keyword (`fn`, `let`, `async` from 2018 ...)."""
    if name in STRICT_KEYWORDS:
        return True
    return edition != "2015" and name in KEYWORDS_2018


def is_reserved(name: str, edition: str = "2024") -> bool:
    """A reserved-but-unused keyword (`abstract`, `try` from 2018, `gen` in 2024)."""
    if name in RESERVED_KEYWORDS:
        return True
    if edition != "2015" and name in RESERVED_2018:
        return True
    return edition >= "2024" and name in RESERVED_2024


def is_any_keyword(name: str, edition: str = "2024") -> bool:
    return is_keyword(name, edition) or is_reserved(name, edition)


# Multi-character punctuation, longest first; rustc's lexer emits single characters
# and the token-tree builder glues them, which comes to the same thing.
PUNCTS = [
    "<<=", ">>=", "...", "..=",
    "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=",
    "^=", "&=", "|=", "<<", ">>", "..",
]
SINGLE_PUNCT = frozenset("; , . ( ) { } [ ] @ # ~ ? : $ = ! < > - & | + * / ^ %".split())


def token_str(tok: Token) -> str:
    """The token as rustc prints it inside backquotes."""
    if tok.kind == "ident":
        return ("r#" + tok.text) if tok.raw else tok.text
    if tok.kind == "eof":
        return "<eof>"
    return tok.text


def token_descr(tok: Token, edition: str = "2024") -> str:
    """rustc's `token_descr`: "`x`", "keyword `fn`", "reserved keyword `gen`",
    "doc comment `/// x`", "`<eof>`"."""
    if tok.kind == "ident" and not tok.raw:
        if is_keyword(tok.text, edition):
            return f"keyword `{tok.text}`"
        if is_reserved(tok.text, edition):
            return f"reserved keyword `{tok.text}`"
        if tok.text == "_":
            return "reserved identifier `_`"
    if tok.kind == "doc":
        return f"doc comment `{tok.text}`"
    return f"`{token_str(tok)}`"
