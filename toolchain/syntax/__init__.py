"""The syntax phase: lexer, parser, AST (rustc_lexer + rustc_parse + rustc_ast).

Public API (what the driver and the macro expander call):

    parse_crate(source, edition="2024") -> (ast.Crate, list[Diagnostic])
        Never raises. Lexer errors come first, then delimiter errors (when there are
        any, like rustc, the file is not parsed and the crate is empty), then syntax
        errors; the parser recovers at statement and item boundaries.

    parse_tokens_as_exprs(trees, source, edition, ids) -> (list[ast.Expr], list[Diagnostic])
        A comma-separated list of expressions from a macro's token trees (the trees
        between the delimiters of `println!(...)`); a trailing comma is allowed.
    parse_tokens_as_expr(trees, source, edition, ids) -> (ast.Expr | None, list[Diagnostic])

NodeIds: one `ids.IdGen` per crate; the parser numbers nodes from 1 (0 is
`CRATE_NODE_ID`). `parse_crate` leaves its generator on the crate as
`crate.id_gen`; later phases that create nodes pass it (as `ids`) to
`parse_tokens_as_*` or call `crate.id_gen.next()` so ids stay unique.
"""

from __future__ import annotations


from ..diagnostics.model import Diagnostic, SpanLabel
from ..gc_pause import paused
from ..source import SourceFile, Span
from . import ast
from .ids import IdGen
from .lexer import Lexer, check_delimiters
from .parse_expr import ExprParser
from .parse_item import ItemParser
from .parse_nt import NtParser
from .parse_pat import PatParser
from .parse_ty import TyParser
from .parser import ParseError, ParserBase, flatten_trees

__all__ = ["parse_crate", "parse_tokens_as_exprs", "parse_tokens_as_expr", "IdGen", "ast"]


class Parser(ItemParser, ExprParser, PatParser, TyParser, NtParser, ParserBase):
    pass


def _internal_error(e: BaseException, span: Span) -> Diagnostic:
    from ..unsupported import internal_error
    if isinstance(e, RecursionError):
        d = Diagnostic("error", "the program is nested too deeply for Ferrite's toolchain")
        d.toolchain_note = True
        d.spans.append(SpanLabel(span, None, True))
        d.note("split deeply nested expressions or blocks into smaller pieces")
        return d
    return internal_error("parser", e)


def parse_crate(source: SourceFile, edition: str = "2024") -> tuple[ast.Crate, list[Diagnostic]]:
    # Parsing allocates tens of thousands of acyclic objects; the cyclic garbage
    # collector's passes over them cost ~40% of the parse time and find nothing.
    with paused():
        return _parse_crate(source, edition)


def _parse_crate(source: SourceFile, edition: str) -> tuple[ast.Crate, list[Diagnostic]]:
    ids = IdGen()
    end = len(source.data)
    crate = ast.Crate([], [], Span(0, end))
    crate.id_gen = ids
    crate.edition = edition     # (typeck's edition-dependent rules: typeck/refs.py)
    try:
        lx = Lexer(source, edition)
        toks = lx.tokenize()
        diags = lx.diags
        if lx.fatal:
            return crate, diags
        _, ddiags = check_delimiters(toks, source, lx.delims)
        if ddiags:
            return crate, diags + ddiags
        p = Parser(toks, source, edition, ids)
        try:
            crate.attrs = p.parse_inner_attrs()
            crate.items = p.parse_items_until(None)
        except ParseError as e:
            p.emit(e.diag)
        except RecursionError as e:
            p.emit(_internal_error(e, p.tok.span))
        return crate, diags + p.diags
    except Exception as e:  # a toolchain bug, never a learner's mistake
        return crate, [_internal_error(e, Span(0, 0))]


def _macro_parser(trees, source, edition, ids) -> Parser:
    toks: list[ast.Token] = []
    flatten_trees(trees, toks)
    if toks:
        end = toks[-1].span.hi
    else:
        end = 0
    toks.append(ast.Token("eof", "", Span(end, end)))
    p = Parser(toks, source, edition, ids if ids is not None else IdGen())
    p.in_macro_args = True
    return p


def parse_tokens_as_exprs(trees: list, source: SourceFile, edition: str = "2024",
                          ids: IdGen | None = None) -> tuple[list[ast.Expr], list[Diagnostic]]:
    p = _macro_parser(trees, source, edition, ids)
    out: list[ast.Expr] = []
    try:
        while p.tok.kind != "eof":
            out.append(p.parse_expr())
            if p.tok.kind == "eof":
                break
            if not p.eat(","):
                raise ParseError(p.expected_one_of_not_found())
    except ParseError as e:
        p.emit(e.diag)
    except Exception as e:
        p.emit(_internal_error(e, p.tok.span))
    return out, p.diags


def parse_tokens_as_expr(trees: list, source: SourceFile, edition: str = "2024",
                         ids: IdGen | None = None) -> tuple[ast.Expr | None, list[Diagnostic]]:
    p = _macro_parser(trees, source, edition, ids)
    try:
        e = p.parse_expr()
        if p.tok.kind != "eof":
            raise ParseError(p.expected_one_of_not_found())
        return e, p.diags
    except ParseError as e:
        p.emit(e.diag)
    except Exception as e:
        p.emit(_internal_error(e, p.tok.span))
    return None, p.diags
