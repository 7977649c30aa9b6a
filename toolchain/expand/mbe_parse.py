"""The `macro_rules!` definition grammar (rustc_expand::mbe::quoted).

    macro_rules! name { (matcher) => { transcriber }; ... }

A matcher and a transcriber are lists of nodes:
    MTok(token)                      a token to match / copy
    MDelim(delim, open, close, sub)  a delimited group
    MVar(name, kind, span)           `$x:kind` (kind None in a transcriber), span `$x:kind`
    MSeq(sub, sep, op, span)         `$( ... ) sep op`, span from `$` to the `)`
`$crate` in a transcriber becomes the token `crate` (one crate here).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..source import Span
from ..syntax import ast
from ..syntax.ast import Token

FRAGMENTS = {"block", "expr", "expr_2021", "ident", "item", "lifetime", "literal", "meta",
             "pat", "pat_param", "path", "stmt", "tt", "ty", "vis"}


@dataclass
class MTok:
    tok: Token


@dataclass
class MDelim:
    delim: str
    open: Span
    close: Span
    sub: list


@dataclass
class MVar:
    name: str
    kind: str | None
    span: Span


@dataclass
class MSeq:
    sub: list
    sep: Token | None
    op: str
    span: Span


@dataclass
class Rule:
    lhs: list          # matcher nodes (inside the matcher's delimiters)
    rhs: list          # transcriber nodes (inside the transcriber's delimiters)
    rhs_span: Span


@dataclass
class MacroDef:
    name: str
    ident_span: Span
    head_span: Span        # `macro_rules! name` (rustc's guess_head_span of the item)
    rules: list
    exported: bool = False
    used: bool = False
    item_id: int = -1


class DefError(Exception):
    def __init__(self, span: Span, msg: str):
        super().__init__(msg)
        self.span = span
        self.msg = msg


def _is(t, text: str) -> bool:
    return isinstance(t, Token) and t.kind == "punct" and t.text == text


def parse_rules(body: ast.Delimited) -> list[Rule]:
    """The rules of a definition; raises DefError for what we cannot read."""
    trees = body.trees
    rules: list[Rule] = []
    i = 0
    n = len(trees)
    while i < n:
        lhs = trees[i]
        if not isinstance(lhs, ast.Delimited):
            raise DefError(getattr(lhs, "span", body.span), "a macro rule that does not start "
                           "with a delimited matcher")
        if i + 2 >= n or not _is(trees[i + 1], "=>") or not isinstance(trees[i + 2], ast.Delimited):
            raise DefError(lhs.span, "a macro rule without `=> { ... }`")
        rhs = trees[i + 2]
        rules.append(Rule(_nodes(lhs.trees, True), _nodes(rhs.trees, False), rhs.span))
        i += 3
        if i < n:
            if not _is(trees[i], ";"):
                raise DefError(getattr(trees[i], "span", body.span),
                               "macro rules not separated by `;`")
            i += 1
    if not rules:
        raise DefError(body.span, "a macro without rules")
    return rules


def _nodes(trees: list, matcher: bool) -> list:
    out: list = []
    i = 0
    n = len(trees)
    while i < n:
        t = trees[i]
        if isinstance(t, ast.Delimited):
            out.append(MDelim(t.delim, t.open_span, t.close_span, _nodes(t.trees, matcher)))
            i += 1
            continue
        if not _is(t, "$") or i + 1 >= n:
            out.append(MTok(t))
            i += 1
            continue
        nxt = trees[i + 1]
        if isinstance(nxt, ast.Delimited) and nxt.delim == "(":
            i = _seq(trees, i, nxt, matcher, out)
            continue
        if isinstance(nxt, Token) and nxt.kind == "ident":
            if nxt.text == "crate" and not nxt.raw and not matcher:
                out.append(MTok(Token("ident", "crate", t.span.to(nxt.span))))
                i += 2
                continue
            if matcher:
                if i + 3 < n + 1 and i + 2 < n and _is(trees[i + 2], ":") and i + 3 < n \
                        and isinstance(trees[i + 3], Token) and trees[i + 3].kind == "ident":
                    kind = trees[i + 3].text
                    if kind not in FRAGMENTS:
                        raise DefError(trees[i + 3].span, f"the fragment specifier `{kind}`")
                    out.append(MVar(nxt.text, kind, t.span.to(trees[i + 3].span)))
                    i += 4
                    continue
                raise DefError(t.span.to(nxt.span), "a meta-variable without a fragment specifier")
            out.append(MVar(nxt.text, None, t.span.to(nxt.span)))
            i += 2
            continue
        out.append(MTok(t))
        i += 1
    return out


def _seq(trees, i, group, matcher, out) -> int:
    n = len(trees)
    dollar = trees[i]
    sub = _nodes(group.trees, matcher)
    span = group.open_span.to(group.close_span)
    j = i + 2
    sep = None
    if j < n and isinstance(trees[j], Token) and trees[j].kind == "punct" \
            and trees[j].text in ("*", "+", "?"):
        op = trees[j].text
        # `$(..)+*`-like separators are not worth the ambiguity here.
        return _push(out, sub, None, op, span, j + 1)
    if j + 1 < n and isinstance(trees[j], Token) and isinstance(trees[j + 1], Token) \
            and trees[j + 1].kind == "punct" and trees[j + 1].text in ("*", "+"):
        sep = trees[j]
        return _push(out, sub, sep, trees[j + 1].text, span, j + 2)
    raise DefError(span, "a repetition without `*`, `+` or `?`")


def _push(out, sub, sep, op, span, j) -> int:
    out.append(MSeq(sub, sep, op, span))
    return j


def head_span(item_span: Span, body: ast.Delimited) -> Span:
    return Span(item_span.lo, body.open_span.lo)
