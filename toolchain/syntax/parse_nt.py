"""Interpolated fragments: an `nt` token stands for a `$e:expr` a macro_rules! arm
passed on (rustc's invisible-delimited nonterminal). It is read back as one
expression, whatever operators surround it."""

from __future__ import annotations

from ..source import Span
from . import ast


class NtParser:
    def parse_nt_expr(self) -> ast.Expr:
        t = self.bump()
        end = t.span.hi
        toks = list(t.value) + [ast.Token("eof", "", Span(end, end))]
        sub = type(self)(toks, self.source, self.edition, self.ids)
        try:
            e = sub.parse_expr()
        finally:
            self.diags.extend(sub.diags)
        return e
