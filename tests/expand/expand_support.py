"""Helpers for the expansion tests: parse a program, expand it, look at the result.

Until `toolchain.syntax.parse_crate` lands, a program is given as the statements of
`main`'s body and parsed with the parser's expression grammar, then wrapped in a
hand-built crate.
"""

from __future__ import annotations

import pytest

from toolchain.source import SourceFile, Span
from toolchain.syntax import ast
from toolchain.syntax.ids import IdGen


def parse_program(text: str, edition: str = "2024"):
    """Parse a whole program. Returns (crate, source, ids, parse diagnostics)."""
    import toolchain.syntax as syntax
    sf = SourceFile("main.rs", text)
    parse_crate = getattr(syntax, "parse_crate", None)
    if parse_crate is None:
        pytest.skip("toolchain.syntax.parse_crate is not available yet")
    crate, diags = parse_crate(sf, edition)
    ids = getattr(crate, "id_gen", None) or IdGen(100000)
    return crate, sf, ids, diags


def parse_body_expr(text: str):
    """Parse `text` (one expression, e.g. `println!("{}", x)`) with the parser's
    expression grammar and wrap it as `fn main() { <expr>; }`."""
    from toolchain.expand.macro_args import _parser_class
    from toolchain.syntax.lexer import tokenize
    sf = SourceFile("main.rs", text)
    toks, ldiags, _ = tokenize(sf)
    ids = IdGen()
    P = _parser_class()
    p = P(toks, sf, "2024", ids)
    e = p.parse_expr()
    sp = Span(0, len(sf.data))
    stmt = ast.Stmt(ast.StmtExpr(e, True), e.span, ids.next())
    block = ast.Block([stmt], sp, ids.next())
    sig = ast.FnSig([], None, None, sp)
    fn = ast.Fn(ast.Ident("main", sp), ast.empty_generics(sp), sig, block)
    item = ast.Item(fn, ast.Visibility("inherited", None, sp), [], sp, ids.next())
    return ast.Crate([item], [], sp), sf, ids


def expand_expr(text: str):
    """Expand one macro expression. Returns (expanded Expr, diagnostics, source)."""
    from toolchain.expand import expand_crate
    crate, sf, ids = parse_body_expr(text)
    crate, diags, _ = expand_crate(crate, sf, "2024", False, ids)
    expr = crate.items[0].kind.body.stmts[0].kind.expr
    return expr, diags, sf


def snip(sf: SourceFile, span: Span) -> str:
    return sf.snippet(span)


def summary(d, sf):
    """A diagnostic as plain data: (level, message, code, [(snippet, col, label, primary)],
    [children messages])."""
    spans = []
    for s in d.spans:
        line, col = sf.line_col(s.span.lo)
        spans.append((sf.snippet(s.span), col, s.label, s.primary))
    return (d.level, d.message, d.code, spans, [c.message for c in d.children])
