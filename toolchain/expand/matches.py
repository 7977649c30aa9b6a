"""`matches!`, expanded as core defines it:

    macro_rules! matches {
        ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
            match $expression {
                $pattern $(if $guard)? => true,
                _ => false
            }
        };
    }

The `match` is marked as coming from a macro: rustc does not lint the arms it adds.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..syntax import ast
from .macro_args import MacroParseError, _drain, _is_eof, _parse_error_diag, parse_expr


def expand_matches(p, mac: ast.MacCall, ids, diags: list[Diagnostic]):
    """The `ast.ExprMatch` for `matches!(..)`, or None after reporting an error."""
    try:
        if _is_eof(p):
            diags.append(_end(mac.span, "meta-variable `$expression:expr`"))
            return None
        scrutinee = parse_expr(p, diags)
        if not p.eat(","):
            if _is_eof(p):
                diags.append(_end(p.prev_span.shrink_to_hi(), "`,`"))
            else:
                diags.append(Diagnostic.error(f"no rules expected `{p.tok.text}`", p.tok.span,
                                              "no rules expected this token in macro call"))
            return None
        if _is_eof(p):
            diags.append(_end(p.prev_span.shrink_to_hi(), "meta-variable `$pattern:pat`"))
            return None
        try:
            pat = p.parse_pat()
        except Exception as exc:   # the parser's ParseError
            diags.append(_parse_error_diag(exc))
            return None
        guard = None
        if p.is_kw("if"):
            p.bump()
            guard = parse_expr(p, diags)
        p.eat(",")
        if not _is_eof(p):
            diags.append(Diagnostic.error(f"no rules expected `{p.tok.text}`", p.tok.span,
                                          "no rules expected this token in macro call"))
            return None
    except MacroParseError:
        return None
    finally:
        _drain(p, diags)
    span = mac.span
    yes = _bool(True, span, ids)
    no = _bool(False, span, ids)
    wild = ast.Pat(ast.PatWild(), span, ids.next())
    arms = [ast.Arm(pat, guard, yes, span, ids.next()), ast.Arm(wild, None, no, span, ids.next())]
    return ast.ExprMatch(scrutinee, arms, from_macro=True)


def _bool(value: bool, span, ids) -> ast.Expr:
    text = "true" if value else "false"
    return ast.Expr(ast.ExprLit(ast.Lit("bool", value, None, text, span)), span, ids.next())


def _end(span, what: str) -> Diagnostic:
    d = Diagnostic.error("unexpected end of macro invocation", span,
                         "missing tokens in macro arguments")
    d.note(f"while trying to match {what}")
    return d
