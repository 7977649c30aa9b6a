"""rustc's follow-set check of `macro_rules!` matchers (`macro_rules::check_matcher`):
what may come right after an `expr`, `stmt`, `pat`, `ty`, `path` or `vis` fragment,
so that later grammar changes cannot change how a matcher splits its input.

Checked here: a fragment followed by a token (or a delimited group) in the same
sequence of the matcher. What follows a fragment at the end of a repetition (the
separator, the repetition's start) is not checked yet.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..source import Span
from .mbe_parse import MDelim, MSeq, MTok, MVar

_TY_FOLLOW = {"{", "[", "=>", ",", ">", "=", ":", ";", "|", "as", "where"}
_FOLLOW = {
    "expr": ({"=>", ",", ";"}, "`=>`, `,` or `;`"),
    "expr_2021": ({"=>", ",", ";"}, "`=>`, `,` or `;`"),
    "stmt": ({"=>", ",", ";"}, "`=>`, `,` or `;`"),
    "pat": ({"=>", ",", "=", "if", "in"}, "`=>`, `,`, `=`, `if` or `in`"),
    "pat_param": ({"=>", ",", "=", "|", "if", "in"}, "`=>`, `,`, `=`, `|`, `if` or `in`"),
    "ty": (_TY_FOLLOW, "`{`, `[`, `=>`, `,`, `>`, `=`, `:`, `;`, `|`, `as` or `where`"),
    "path": (_TY_FOLLOW, "`{`, `[`, `=>`, `,`, `>`, `=`, `:`, `;`, `|`, `as` or `where`"),
}


def check_follow(nodes: list) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    _check(nodes, out)
    return out


def _check(nodes: list, out: list) -> None:
    for i, n in enumerate(nodes):
        if isinstance(n, MDelim):
            _check(n.sub, out)
        elif isinstance(n, MSeq):
            _check(n.sub, out)
        elif isinstance(n, MVar) and i + 1 < len(nodes):
            nxt = nodes[i + 1]
            if isinstance(nxt, MTok):
                text, span = nxt.tok.text, nxt.tok.span
                raw = nxt.tok.raw
            elif isinstance(nxt, MDelim):
                text, span, raw = nxt.delim, nxt.open, False
            else:
                continue
            d = _violation(n, text, span, raw, nxt)
            if d is not None:
                out.append(d)


def _violation(v: MVar, text: str, span: Span, raw: bool, nxt) -> Diagnostic | None:
    kind = v.kind
    if kind == "vis":
        from .mbe_match import can_begin_type
        if text == "," or (isinstance(nxt, MTok) and (nxt.tok.kind == "ident" or
                                                      can_begin_type(nxt.tok))):
            return None
        if isinstance(nxt, MDelim) and text in ("(", "["):
            return None
        allowed = "`,`, an ident or a type"
    elif kind in _FOLLOW:
        ok, allowed = _FOLLOW[kind]
        if text in ok and not raw:
            return None
    else:
        return None
    d = Diagnostic.error(f"`${v.name}:{kind}` is followed by `{text}`, which is not allowed "
                         f"for `{kind}` fragments", span, f"not allowed after `{kind}` fragments")
    d.note(f"allowed there are: {allowed}")
    return d
