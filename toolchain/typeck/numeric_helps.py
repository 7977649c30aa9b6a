"""rustc's helps on a mismatch between number types (`suggest_cast` and friends):
`.into()` / `.try_into().unwrap()` between integers, `as` casts and `.into()` to floats,
a literal's suffix changed, `.0` on an integer literal where a float is expected."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import INT_BITS, Ty


def _article(name: str) -> str:
    # `an i32`, `a u8`, `an f64`: said aloud, `u` is "you" and `f` is "ef".
    return "an" if name.startswith(("i", "f")) else "a"


def _lossless(f: str, e: str) -> bool:
    """Is there a `From<f> for e` impl between these integer types?"""
    fe, ff = INT_BITS[e], INT_BITS[f]
    ok = (f[0] == e[0] and ff < fe) or (f[0] == "u" and e[0] == "i" and ff < fe)
    # From impls involving isize/usize exist only for the smallest types.
    if ok and ("size" in e or "size" in f):
        ok = (e == "usize" and f in ("u8", "u16")) or (e == "isize" and f in ("i8", "i16", "u8"))
    return ok


def int_conversion_help(d: Diagnostic, expr_span: Span, expected: Ty, found: Ty,
                        other: ast.Expr | None = None, expr: ast.Expr | None = None) -> None:
    """rustc's `you can convert a `u8` to a `u64`` help on integer mismatches. For a
    comparison (`other` is the left operand) rustc may convert the other side instead."""
    e, f = expected.name, found.name
    lossless = _lossless(f, e)
    end = Span(expr_span.hi, expr_span.hi)
    if not lossless and other is not None and expr is not None and _lossless(e, f):
        from ..syntax.printer import expr_to_string
        d.help(f"you can convert `{expr_to_string(other)}` from `{e}` to `{f}`, matching the type "
               f"of `{expr_to_string(expr)}`",
               suggestions=[Suggestion(Span(other.span.lo, other.span.lo), f"{f}::from(",
                                       "MachineApplicable", "ShowAlways"),
                            Suggestion(Span(other.span.hi, other.span.hi), ")",
                                       "MachineApplicable", "ShowAlways")])
        return
    if not lossless and expr is not None and isinstance(expr.kind, ast.ExprUnary) \
            and expr.kind.op == "-" and e.startswith("u") and (other is None or not _lossless(e, f)):
        # A negated value never fits an unsigned type: rustc says so instead of helping.
        from ..syntax.printer import expr_to_string
        d.note(f"`{expr_to_string(expr)}` cannot fit into type `{e}`")
        d.children.insert(0, d.children.pop())   # (said while coercing: before the causes' notes)
        return
    # An operation binds looser than a method call: rustc wraps it (`(n / 2).into()`).
    wrap = expr is not None and isinstance(expr.kind, (ast.ExprBinary, ast.ExprCast, ast.ExprUnary))
    opening = [Suggestion(Span(expr_span.lo, expr_span.lo), "(", "", "ShowAlways")] if wrap else []
    close = ")" if wrap else ""
    if lossless:
        d.help(f"you can convert {_article(f)} `{f}` to {_article(e)} `{e}`",
               suggestions=opening + [Suggestion(end, close + ".into()", "MachineApplicable",
                                                 "ShowAlways")])
    else:
        d.help(f"you can convert {_article(f)} `{f}` to {_article(e)} `{e}` and panic if the "
               "converted value doesn't fit",
               suggestions=opening + [Suggestion(end, close + ".try_into().unwrap()",
                                                 "MaybeIncorrect", "ShowAlways")])
    for sug in opening:
        sug.applicability = d.children[-1].suggestions[-1].applicability


def literal_suffix_help(d: Diagnostic, e: ast.Expr | None, expected: Ty) -> bool:
    """rustc's `change the type of the numeric literal` for a suffixed literal
    (`2i32` where a `u8` is expected); True when given."""
    if e is None or not isinstance(e.kind, ast.ExprLit) or not e.kind.lit.suffix:
        return False
    lit = e.kind.lit
    d.help(f"change the type of the numeric literal from `{lit.suffix}` to `{expected.name}`",
           suggestions=[Suggestion(e.span, lit.symbol[:-len(lit.suffix)] + expected.name,
                                   "MachineApplicable", "ShowAlways")])
    return True


# Expressions that need no parentheses before `.into()` or ` as T` (rustc's
# `ExprPrecedence::Unambiguous`).
_UNAMBIGUOUS = (ast.ExprPath, ast.ExprLit, ast.ExprCall, ast.ExprMethodCall, ast.ExprField,
                ast.ExprIndex, ast.ExprParen, ast.ExprTuple, ast.ExprArray, ast.ExprBlock)


def int_to_float_help(d: Diagnostic, expected: Ty, found: Ty, e: ast.Expr) -> None:
    """rustc's help for an integer where a float is expected: `.into()` when the float
    holds every value, the literal's suffix changed, or else an `as` cast."""
    wide = INT_BITS[found.name] if found.name not in ("usize", "isize") else 256
    parens = not isinstance(e.kind, _UNAMBIGUOUS)
    open_ = [Suggestion(Span(e.span.lo, e.span.lo), "(", "MachineApplicable", "ShowAlways")] \
        if parens else []

    def around(tail: str, app: str) -> list:
        return [Suggestion(s.span, s.replacement, app, s.style) for s in open_] + \
            [Suggestion(Span(e.span.hi, e.span.hi), (")" if parens else "") + tail, app,
                        "ShowAlways")]
    a, b = _article(found.name), _article(expected.name)
    if int(expected.name[1:]) > wide:
        d.help(f"you can convert {a} `{found.name}` to {b} `{expected.name}`, producing the "
               "floating point representation of the integer",
               suggestions=around(".into()", "MachineApplicable"))
    elif not literal_suffix_help(d, e, expected):
        verb = "cast" if not found.is_signed else "convert"   # rustc's wording, recorded
        d.help(f"you can {verb} {a} `{found.name}` to {b} `{expected.name}`, producing the "
               "floating point representation of the integer, rounded if necessary",
               suggestions=around(f" as {expected.name}", "MaybeIncorrect"))


def float_conversion_help(d: Diagnostic, expr_span: Span, expected: Ty, found: Ty,
                          e: ast.Expr | None, exp_is_lhs: bool) -> None:
    """rustc's helps for `f32`/`f64` mismatches: a suffixed literal's suffix changed, or
    `.into()` from `f32` to `f64` (not offered for an assignment's right side)."""
    if found.name == "f32" and expected.name == "f64":
        if exp_is_lhs:
            return
        if not literal_suffix_help(d, e, expected):
            d.help("you can convert an `f32` to an `f64`",
                   suggestions=[Suggestion(Span(expr_span.hi, expr_span.hi), ".into()",
                                           "MachineApplicable", "ShowAlways")])
    else:
        literal_suffix_help(d, e, expected)


def float_literal_help(d: Diagnostic, e: ast.Expr, expected: Ty, found: Ty) -> None:
    """rustc's `use a float literal` for an integer literal where a float is expected."""
    if expected.is_float and found.kind == "intvar" and isinstance(e.kind, ast.ExprLit) \
            and e.kind.lit.kind == "int" and e.kind.lit.symbol.isdigit():
        at = Span(e.span.hi, e.span.hi)
        d.help("use a float literal", suggestions=[Suggestion(at, ".0", "MaybeIncorrect", "ShowAlways")])
