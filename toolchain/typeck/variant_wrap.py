"""rustc's "try wrapping the expression in `Some`" (`suggest_compatible_variants`):
an E0308 where an `Option<T>` or `Result<T, E>` is expected and the expression's type
is the payload of one of its variants (`let m: Option<u8> = 4;`).

Only a found type that is surely the payload is taken (equal types, or an integer or
float literal for an integer or float payload); anything needing inference is left
without the help rather than suggesting what rustc would not."""

from __future__ import annotations

from ..diagnostics.model import Suggestion
from ..source import Span
from ..syntax import ast

_VARIANTS = {"Option": ("Some",), "Result": ("Ok", "Err")}


def _fits(payload, found) -> bool:
    if found.kind == "intvar":
        return payload.kind == "int"
    if found.kind == "floatvar":
        return payload.kind == "float"
    # (`()` found: rustc suggests adding an expression at the end of the block instead)
    return _concrete(found) and payload == found and not (found.kind == "tuple" and not found.args)


def _concrete(t) -> bool:
    return t.kind not in ("var", "intvar", "floatvar", "error", "never", "param", "opaque") \
        and all(_concrete(a) for a in t.args)


def help(fcx, d, exp, fnd, expr: ast.Expr | None) -> None:
    if expr is None or exp.kind != "adt" or exp.name not in _VARIANTS \
            or len(exp.args) != len(_VARIANTS[exp.name]):
        return
    names = [v for v, payload in zip(_VARIANTS[exp.name], exp.args) if _fits(payload, fnd)]
    if not names:
        return
    lo, hi = Span(expr.span.lo, expr.span.lo), Span(expr.span.hi, expr.span.hi)
    # (one list: an alternative starts where a part overlaps the previous one; human.py)
    sugg = [s for v in names for s in (Suggestion(lo, f"{v}(", "MaybeIncorrect", "ShowAlways"),
                                       Suggestion(hi, ")", "MaybeIncorrect", "ShowAlways"))]
    what = f"`{names[0]}`" if len(names) == 1 else f"a variant of `{exp.name}`"
    d.help(f"try wrapping the expression in {what}", suggestions=sugg)
