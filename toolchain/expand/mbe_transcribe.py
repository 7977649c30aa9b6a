"""Transcribing a `macro_rules!` arm (rustc_expand::mbe::transcribe).

Tokens written in the arm are copied with a `MacroSpan` naming the expansion (so
diagnostics and hygiene know where they came from); meta-variables are replaced by
what they matched. An `expr` fragment becomes one `nt` token that carries its tokens:
the parser reads it back as a single expression (rustc's invisible-delimited
nonterminal), so `$e * 2` with `1 + 1` means `(1 + 1) * 2`. Other fragments are
copied as their tokens.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..syntax.ast import Token
from .macro_spans import MacroSpan
from .mbe_match import CLOSERS, Seq, Single
from .mbe_parse import MDelim, MSeq, MTok, MVar

# Fragments handed on as one opaque token.
NT_KINDS = {"expr", "expr_2021"}


class TranscribeError(Exception):
    def __init__(self, diag: Diagnostic):
        super().__init__(diag.message)
        self.diag = diag


def transcribe(rhs: list, bindings: dict, expn) -> list[Token]:
    out: list[Token] = []
    _nodes(rhs, bindings, (), expn, out)
    return out


def _mark(t: Token, expn) -> Token:
    s = t.span
    return Token(t.kind, t.text, MacroSpan(s.lo, s.hi, expn), t.lit_kind, t.suffix, t.raw,
                 t.joint, t.value)


def _lookup(bindings: dict, name: str, idxs: tuple):
    m = bindings.get(name)
    if m is None:
        return None
    for i in idxs:
        if isinstance(m, Seq):
            if i >= len(m.items):
                return None
            m = m.items[i]
        else:
            break
    return m


def _nodes(nodes, bindings, idxs, expn, out) -> None:
    for n in nodes:
        if isinstance(n, MTok):
            out.append(_mark(n.tok, expn))
        elif isinstance(n, MDelim):
            out.append(Token("punct", n.delim, MacroSpan(n.open.lo, n.open.hi, expn)))
            _nodes(n.sub, bindings, idxs, expn, out)
            out.append(Token("punct", CLOSERS[n.delim], MacroSpan(n.close.lo, n.close.hi, expn)))
        elif isinstance(n, MVar):
            m = _lookup(bindings, n.name, idxs)
            if m is None:
                # Not a meta-variable of this arm: rustc copies `$x` as written.
                s = n.span
                out.append(Token("punct", "$", MacroSpan(s.lo, s.lo + 1, expn)))
                out.append(Token("ident", n.name, MacroSpan(s.lo + 1, s.hi, expn)))
            elif isinstance(m, Seq):
                raise TranscribeError(Diagnostic.error(
                    f"variable `{n.name}` is still repeating at this depth", n.span))
            else:
                _fragment(m, out)
        elif isinstance(n, MSeq):
            count = _count(n, bindings, idxs)
            if count == 0 and n.op == "+":
                raise TranscribeError(Diagnostic.error("this must repeat at least once", n.span))
            for i in range(count):
                _nodes(n.sub, bindings, idxs + (i,), expn, out)
                if n.sep is not None and i + 1 < count:
                    out.append(_mark(n.sep, expn))


def _fragment(m: Single, out: list) -> None:
    if m.kind in NT_KINDS:
        out.append(Token("nt", m.kind, m.span, None, None, False, False, list(m.toks)))
    else:
        out.extend(m.toks)


def _count(seq: MSeq, bindings, idxs) -> int:
    """rustc's `lockstep_iter_size`: the repetition count every repeating variable in
    the sequence agrees on."""
    found: list = []        # (len, name), first constraint first
    _constraints(seq.sub, bindings, idxs, found)
    if not found:
        raise TranscribeError(Diagnostic.error(
            "attempted to repeat an expression containing no syntax variables matched as "
            "repeating at this depth", seq.span))
    n0, name0 = found[0]
    for n, name in found[1:]:
        if n != n0:
            raise TranscribeError(Diagnostic.error(
                f"meta-variable `{name0}` repeats {n0} times, but `{name}` repeats {n} times",
                seq.span))
    return n0


def _constraints(nodes, bindings, idxs, found) -> None:
    for n in nodes:
        if isinstance(n, MVar):
            m = _lookup(bindings, n.name, idxs)
            if isinstance(m, Seq):
                found.append((len(m.items), n.name))
        elif isinstance(n, MDelim):
            _constraints(n.sub, bindings, idxs, found)
        elif isinstance(n, MSeq):
            _constraints(n.sub, bindings, idxs, found)
