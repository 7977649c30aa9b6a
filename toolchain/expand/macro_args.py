"""Parsing a macro invocation's token trees, as rustc's built-in macros do.

The expression grammar is the parser's (`toolchain.syntax`): we run its `Parser` over
the invocation's tokens (rustc's `new_parser_from_tts`) and drive it the way
`rustc_builtin_macros` does: `parse_args` for the format macros (with `name = expr`
named arguments), `parse_assert` for `assert!`, and the `macro_rules!` matchers of
`assert_eq!`/`assert_ne!` from core.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..syntax.ast import Token
from .format_args import FmtArg
from .format_string import literal_map


class MacroParseError(Exception):
    pass


# A callable (toks, source, edition, ids) -> parser, for tests or a parser that has
# not landed yet. None: use `toolchain.syntax`'s Parser.
PARSER_FACTORY = None


def _parser_class():
    import importlib
    for modname in ("toolchain.syntax", "toolchain.syntax.parser", "toolchain.syntax.parse"):
        try:
            mod = importlib.import_module(modname)
        except Exception:
            continue
        cls = getattr(mod, "Parser", None)
        if cls is not None and hasattr(cls, "parse_expr"):
            return cls
    # Transitional: the grammar mixins exist but not yet the combined `Parser`.
    try:
        from ..syntax.parse_expr import ExprParser
        from ..syntax.parse_pat import PatParser
        from ..syntax.parse_ty import TyParser
        from ..syntax.parser import ParserBase
    except Exception:
        return None
    global _COMBINED
    if _COMBINED is None:
        _COMBINED = type("MacroArgParser", (ExprParser, PatParser, TyParser, ParserBase), {})
    return _COMBINED


_COMBINED = None


def flatten(trees: list, out: list[Token]) -> None:
    """Token trees back to a flat token list (iteratively: nesting can be deep)."""
    stack: list = [iter(trees)]
    closers: list = []
    while stack:
        tt = next(stack[-1], None)
        if tt is None:
            stack.pop()
            if closers:
                out.append(closers.pop())
            continue
        if isinstance(tt, ast.Delimited):
            out.append(Token("punct", tt.delim, tt.open_span))
            closers.append(Token("punct", {"(": ")", "[": "]", "{": "}"}[tt.delim], tt.close_span))
            stack.append(iter(tt.trees))
        else:
            out.append(tt)


def new_parser(mac: ast.MacCall, source, edition: str, ids):
    toks: list[Token] = []
    flatten(mac.args.trees, toks)
    cs = mac.args.close_span
    toks.append(Token("eof", "", Span(cs.lo, cs.lo)))
    if PARSER_FACTORY is not None:
        return PARSER_FACTORY(toks, source, edition, ids)
    cls = _parser_class()
    if cls is None:
        return None
    return cls(toks, source, edition, ids)


def _parse_error_diag(exc) -> Diagnostic:
    d = getattr(exc, "diag", None)
    if isinstance(d, Diagnostic):
        return d
    from ..unsupported import internal_error
    return internal_error("macro arguments", exc)


def _is_eof(p) -> bool:
    return p.tok.kind == "eof"


def _is_str_lit(t: Token) -> bool:
    return t.kind == "literal" and t.lit_kind in ("str", "rawstr")


def _lit_expr_from_token(p, t: Token) -> ast.Expr:
    lm = literal_map(t.text, t.span.lo)
    value = lm.text if lm is not None else getattr(t, "value", t.text)
    symbol = t.text
    if t.suffix and symbol.endswith(t.suffix):
        symbol = symbol[:len(symbol) - len(t.suffix)]
    lit = ast.Lit("str", value, t.suffix, symbol, t.span)
    return ast.Expr(ast.ExprLit(lit), t.span, p.ids.next())


def parse_expr(p, diags: list[Diagnostic]) -> ast.Expr:
    try:
        e = p.parse_expr()
    except Exception as exc:   # the parser's ParseError
        diags.append(_parse_error_diag(exc))
        raise MacroParseError() from None
    return e


def _drain(p, diags):
    ds = getattr(p, "diags", None)
    if ds:
        diags.extend(ds)
        ds.clear()


def parse_format_args(p, mac_span: Span, diags: list[Diagnostic]):
    """rustc's `format::parse_args`. Returns (fmt_expr, [FmtArg]) or None on error."""
    try:
        return _parse_format_args(p, mac_span, diags)
    except MacroParseError:
        return None
    finally:
        _drain(p, diags)


def _parse_format_args(p, mac_span, diags):
    if _is_eof(p):
        diags.append(Diagnostic.error("requires at least a format string argument", mac_span))
        return None
    if _is_str_lit(p.tok):
        fmt = _lit_expr_from_token(p, p.bump())
    else:
        fmt = parse_expr(p, diags)
    args: list[FmtArg] = []
    first = True
    while not _is_eof(p):
        if not p.eat(","):
            if first:
                p.expected.clear()
                p.expected.append("`,`")
            diags.append(p.expected_one_of_not_found())
            return None
        first = False
        if _is_eof(p):
            break
        t = p.tok
        nxt = p.look(1)
        if t.kind == "ident" and nxt.kind == "punct" and nxt.text == "=":
            p.bump()
            p.bump()
            ident = ast.Ident(t.text, t.span)
            expr = parse_expr(p, diags)
            prev = next((a for a in args if a.name is not None and a.name.name == t.text), None)
            if prev is not None:
                d = Diagnostic.error(f"duplicate argument named `{t.text}`", t.span,
                                     "duplicate argument")
                d.secondary(prev.name.span, "previously here")
                diags.append(d)
                continue
            args.append(FmtArg(ident, expr))
        else:
            expr = parse_expr(p, diags)
            named = [a for a in args if a.name is not None]
            if named:
                d = Diagnostic.error("positional arguments cannot follow named arguments",
                                     expr.span, "positional arguments must be before named arguments")
                for a in named:
                    d.secondary(a.name.span.to(a.expr.span), "named argument")
                diags.append(d)
                return None
            args.append(FmtArg(None, expr))
    return fmt, args


def parse_assert(p, mac_span: Span, diags: list[Diagnostic]):
    """rustc's `assert::parse_assert`: returns (cond, has_message) with the parser left at
    the start of the message, or None on error."""
    try:
        if _is_eof(p):
            diags.append(Diagnostic.error("macro requires a boolean expression as an argument",
                                          mac_span, "boolean expression required"))
            return None
        cond = parse_expr(p, diags)
        if p.tok.kind == "punct" and p.tok.text == ";":
            d = Diagnostic.error("macro requires an expression as an argument", mac_span)
            d.help("try removing semicolon", suggestions=[Suggestion(p.tok.span, "")])
            diags.append(d)
            p.bump()
        if _is_str_lit(p.tok):
            comma = p.prev_span.shrink_to_hi()
            d = Diagnostic.error("unexpected string literal", p.tok.span)
            d.help("try adding a comma", suggestions=[Suggestion(comma, ", ", "MaybeIncorrect")])
            diags.append(d)
            has_msg = True
        elif p.eat(","):
            has_msg = not _is_eof(p)
        else:
            has_msg = False
            if not _is_eof(p):
                diags.append(p.expected_one_of_not_found())
                return None
        return cond, has_msg
    except MacroParseError:
        return None
    finally:
        _drain(p, diags)


def parse_assert_eq(p, mac: ast.MacCall, diags: list[Diagnostic]):
    """The matchers of core's `assert_eq!`/`assert_ne!`:
    `($left:expr, $right:expr $(,)?)` and `($left:expr, $right:expr, $($arg:tt)+)`.
    Returns (left, right, has_message) with the parser at the message, or None."""

    def end_of_invocation(what: str, span: Span) -> None:
        d = Diagnostic.error("unexpected end of macro invocation", span,
                             "missing tokens in macro arguments")
        d.note(f"while trying to match {what}")
        diags.append(d)

    try:
        if _is_eof(p):
            end_of_invocation("meta-variable `$left:expr`", mac.span)
            return None
        left = parse_expr(p, diags)
        if _is_eof(p):
            end_of_invocation("`,`", p.prev_span.shrink_to_hi())
            return None
        if not p.eat(","):
            t = p.tok
            d = Diagnostic.error(f"no rules expected `{t.text}`", t.span,
                                 "no rules expected this token in macro call")
            d.help("missing comma here",
                   suggestions=[Suggestion(p.prev_span.shrink_to_hi(), ", ", "MaybeIncorrect")])
            d.note("while trying to match `,`")
            diags.append(d)
            return None
        if _is_eof(p):
            end_of_invocation("meta-variable `$right:expr`", p.prev_span.shrink_to_hi())
            return None
        right = parse_expr(p, diags)
        has_msg = False
        if not _is_eof(p):
            if not p.eat(","):
                t = p.tok
                diags.append(Diagnostic.error(f"no rules expected `{t.text}`", t.span,
                                              "no rules expected this token in macro call"))
                return None
            has_msg = not _is_eof(p)
        return left, right, has_msg
    except MacroParseError:
        return None
    finally:
        _drain(p, diags)
