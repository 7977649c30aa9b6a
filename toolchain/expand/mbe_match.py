"""Matching a macro invocation against one `macro_rules!` matcher, as rustc's
`rustc_expand::mbe::macro_parser::TtParser` does: the matcher is flattened into
`MatcherLoc`s, and a set of matcher positions advances token by token (an NFA);
a nonterminal (`$e:expr`) is handed to the real parser ("black box") only when it is
the one position left that wants the next token.

    match_rule(locs, toks, parser_for, ...) -> Success(bindings) | Failure | Error

`toks` is the invocation's flat token list (delimiters as tokens) ending with an
`eof` token. Bindings map a name to a `Single` or a `Seq` of matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Diagnostic
from ..source import Span
from ..syntax.ast import Token
from .mbe_parse import MDelim, MSeq, MTok, MVar

CLOSERS = {"(": ")", "[": "]", "{": "}"}


# -- matcher locations (rustc's MatcherLoc) ----------------------------------------
@dataclass
class LTok:
    tok: Token


@dataclass
class LSeq:
    op: str
    num_vars: int
    idx_first_after: int
    next_metavar: int
    depth: int


@dataclass
class LSeqEndNoSep:
    op: str
    idx_first: int


@dataclass
class LSeqSep:
    sep: Token


@dataclass
class LSeqEndAfterSep:
    idx_first: int


@dataclass
class LVar:
    name: str
    kind: str
    span: Span
    next_metavar: int
    depth: int


class LEof:
    pass


EOF_LOC = LEof()


def compute_locs(nodes: list) -> list:
    locs: list = []
    counter = [0]

    def inner(nodes, depth):
        for n in nodes:
            if isinstance(n, MTok):
                locs.append(LTok(n.tok))
            elif isinstance(n, MDelim):
                locs.append(LTok(Token("punct", n.delim, n.open)))
                inner(n.sub, depth)
                locs.append(LTok(Token("punct", CLOSERS[n.delim], n.close)))
            elif isinstance(n, MSeq):
                at = len(locs)
                first_var = counter[0]
                locs.append(None)
                inner(n.sub, depth + 1)
                if n.sep is not None:
                    locs.append(LSeqSep(n.sep))
                    locs.append(LSeqEndAfterSep(at + 1))
                else:
                    locs.append(LSeqEndNoSep(n.op, at + 1))
                locs[at] = LSeq(n.op, counter[0] - first_var, len(locs), first_var, depth)
            elif isinstance(n, MVar):
                locs.append(LVar(n.name, n.kind, n.span, counter[0], depth))
                counter[0] += 1

    inner(nodes, 0)
    locs.append(EOF_LOC)
    return locs


def loc_descr(loc) -> str:
    """rustc's `Display for MatcherLoc`."""
    if isinstance(loc, LTok):
        return tok_descr(loc.tok)
    if isinstance(loc, LSeqSep):
        return tok_descr(loc.sep)
    if isinstance(loc, LVar):
        return f"meta-variable `${loc.name}:{loc.kind}`"
    if isinstance(loc, LEof):
        return "end of macro"
    if isinstance(loc, LSeq):
        return "sequence start"
    return "sequence end"


def loc_span(loc) -> Span | None:
    if isinstance(loc, LTok):
        return loc.tok.span
    if isinstance(loc, LSeqSep):
        return loc.sep.span
    if isinstance(loc, LVar):
        return loc.span
    return None


def tok_descr(t: Token) -> str:
    from ..syntax.token import token_descr
    if t.kind == "nt":
        return f"`{t.text}` metavariable"
    return token_descr(t)


# -- matches --------------------------------------------------------------------
@dataclass
class Single:
    kind: str
    toks: list          # the fragment's tokens
    span: Span


@dataclass
class Seq:
    items: list


def _push_match(matches: tuple, idx: int, depth: int, m) -> tuple:
    if depth == 0:
        return matches + (m,)
    lst = list(matches)
    lst[idx] = _push_in(lst[idx], depth - 1, m)
    return tuple(lst)


def _push_in(seq: Seq, depth: int, m) -> Seq:
    if depth == 0:
        return Seq(seq.items + [m])
    items = list(seq.items)
    items[-1] = _push_in(items[-1], depth - 1, m)
    return Seq(items)


@dataclass
class Success:
    bindings: dict


@dataclass
class Failure:
    token: Token
    position: int
    label: str
    remaining: object      # the MatcherLoc rustc names in "while trying to match"


@dataclass
class Error:
    diag: Diagnostic


def tokens_equal(a: Token, b: Token) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "literal":
        return a.text == b.text
    if a.kind == "ident":
        return a.text == b.text and a.raw == b.raw
    if a.kind == "nt":
        return False
    return a.text == b.text


class TtParser:
    def __init__(self, locs: list, toks: list, blackbox, track: bool = True):
        self.locs = locs
        self.toks = toks
        self.blackbox = blackbox          # (kind, pos, decl span) -> (end pos, fragment) | Diagnostic
        self.remaining = None
        self.track = track

    def run(self):
        locs = self.locs
        toks = self.toks
        pos = 0
        cur = [(0, ())]
        while True:
            tok = toks[pos]
            nxt: list = []
            bb: list = []
            eofs: list = []
            while cur:
                idx, m = cur.pop()
                loc = locs[idx]
                if self.track and (self.remaining is None or (not cur and loc is not EOF_LOC)):
                    self.remaining = loc
                t = type(loc)
                if t is LTok:
                    if tokens_equal(loc.tok, tok):
                        nxt.append((idx + 1, m))
                elif t is LSeq:
                    for v in range(loc.next_metavar, loc.next_metavar + loc.num_vars):
                        m = _push_match(m, v, loc.depth, Seq([]))
                    if loc.op in ("*", "?"):
                        cur.append((loc.idx_first_after, m))
                    cur.append((idx + 1, m))
                elif t is LSeqEndNoSep:
                    cur.append((idx + 1, m))
                    if loc.op != "?":
                        cur.append((loc.idx_first, m))
                elif t is LSeqSep:
                    cur.append((idx + 2, m))
                    if tokens_equal(loc.sep, tok):
                        nxt.append((idx + 1, m))
                elif t is LSeqEndAfterSep:
                    cur.append((loc.idx_first, m))
                elif t is LVar:
                    if may_begin_with(loc.kind, tok):
                        bb.append((idx, m))
                else:   # EOF
                    if tok.kind == "eof":
                        eofs.append(m)
            if tok.kind == "eof":
                if len(eofs) == 1:
                    return Success(self._nameize(eofs[0]))
                if len(eofs) > 1:
                    return Error(Diagnostic.error("ambiguity: multiple successful parses", tok.span))
                return Failure(tok, pos, "missing tokens in macro arguments", self.remaining)
            if not nxt and not bb:
                return Failure(tok, pos, "no rules expected this token in macro call", self.remaining)
            if (bb and nxt) or len(bb) > 1:
                return Error(self._ambiguity(bb, nxt, tok))
            if nxt:
                cur = nxt
                pos += 1
                continue
            idx, m = bb[0]
            loc = locs[idx]
            r = self.blackbox(loc.kind, pos, loc.span)
            if isinstance(r, Diagnostic):
                return Error(r)
            pos, frag = r
            m = _push_match(m, loc.next_metavar, loc.depth, frag)
            cur = [(idx + 1, m)]

    def _ambiguity(self, bb, nxt, tok) -> Diagnostic:
        names = []
        for idx, _ in bb:
            loc = self.locs[idx]
            names.append(f"`{loc.kind}`" if loc.kind != "tt" else "`tt`")
        d = Diagnostic.error(f"local ambiguity when calling macro: multiple parsing options: "
                             f"built-in NTs {' or '.join(names)}"
                             + (f" or {len(nxt)} other option" + ("s" if len(nxt) != 1 else "")
                                if nxt else "") + ".", tok.span)
        return d

    def _nameize(self, matches: tuple) -> dict:
        out: dict = {}
        for loc in self.locs:
            if isinstance(loc, LVar) and loc.next_metavar < len(matches):
                out.setdefault(loc.name, matches[loc.next_metavar])
        return out


# -- which tokens may start a fragment (rustc's nonterminal_may_begin_with) ---------
_EXPR_KW = {"async", "do", "box", "break", "const", "continue", "false", "for", "gen", "if",
            "let", "loop", "match", "move", "return", "true", "try", "unsafe", "while", "yield",
            "safe", "static"}
_PATH_KW = {"super", "self", "Self", "crate"}
_TYPE_KW = {"_", "for", "impl", "fn", "unsafe", "extern", "typeof", "dyn"}
_EXPR_PUNCT = {"(", "{", "[", "!", "-", "*", "|", "||", "&", "&&", "..", "...", "..=", "<",
               "<<", "::", "#"}
_TYPE_PUNCT = {"(", "[", "!", "*", "&", "&&", "?", "<", "<<", "::"}
_PAT_PUNCT = {"(", "[", "&", "-", "&&", "..", "...", "::", "<", "<<"}


def _reserved(t: Token) -> bool:
    from ..syntax.token import is_any_keyword
    return not t.raw and (t.text == "_" or is_any_keyword(t.text))


def can_begin_expr(t: Token) -> bool:
    k = t.kind
    if k == "ident":
        return not _reserved(t) or t.text in _PATH_KW or t.text in _EXPR_KW
    if k in ("literal", "lifetime", "nt"):
        return True
    return k == "punct" and t.text in _EXPR_PUNCT


def can_begin_type(t: Token) -> bool:
    k = t.kind
    if k == "ident":
        return not _reserved(t) or t.text in _PATH_KW or t.text in _TYPE_KW
    if k == "lifetime":
        return True
    return k == "punct" and t.text in _TYPE_PUNCT


def may_begin_with(kind: str, t: Token) -> bool:
    k = t.kind
    if kind in ("expr", "expr_2021"):
        if k == "ident" and not t.raw and (t.text == "let" or (kind == "expr_2021" and t.text == "const")):
            return False
        return can_begin_expr(t)
    if kind == "ty":
        return can_begin_type(t) or (k == "nt")
    if kind == "ident":
        return k == "ident" and not (t.text == "_" and not t.raw)
    if kind == "literal":
        return k == "literal" or (k == "punct" and t.text == "-") or \
            (k == "ident" and not t.raw and t.text in ("true", "false"))
    if kind == "vis":
        return k in ("ident", "lifetime", "nt") or (k == "punct" and t.text == ",") or can_begin_type(t)
    if kind == "block":
        return (k == "punct" and t.text == "{") or k == "lifetime"
    if kind in ("path", "meta"):
        return k == "ident" or (k == "punct" and t.text == "::")
    if kind in ("pat", "pat_param"):
        if k in ("ident", "literal"):
            return True
        if k == "punct":
            return t.text in _PAT_PUNCT or (t.text == "|" and kind == "pat")
        return False
    if kind == "lifetime":
        return k == "lifetime"
    # tt, item, stmt
    return not (k == "punct" and t.text in (")", "]", "}"))
