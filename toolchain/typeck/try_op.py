"""The `?` operator on `Option` and `Result` (rustc's desugaring through `Try` and
`FromResidual`, with their E0277s spelled as rustc spells them).

`e?` with `e: Option<T>` in a function returning `Option<_>` gives `T` and returns
`None` early; with `e: Result<T, E>` in a function returning `Result<_, F>` it gives `T`
and returns `Err(From::from(err))` early: the identity when `F` = `E`, else an impl of
`From<E>` for `F` (typeck/try_from.py).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display
from .std_tys import FMT_RESULT


def _kind(t: Ty) -> str | None:
    return t.name if t.kind == "adt" and t.name in ("Option", "Result") else None


def check_try(fcx, e: ast.Expr, k) -> Ty:
    t = fcx.infer.resolve(fcx.check_expr(k.expr, None))
    if t.is_error:
        return ERROR
    ret = fcx.infer.resolve(fcx.sig.ret)
    if t == FMT_RESULT and ret == FMT_RESULT:
        from ..types import UNIT
        fcx.results.try_kinds[e.id] = "fmt"
        return UNIT
    kind = _kind(t)
    qmark = Span(e.span.hi - 1, e.span.hi)
    if kind is None:
        d = Diagnostic.error("the `?` operator can only be applied to values that implement "
                             "`Try`", e.span, f"the `?` operator cannot be applied to type "
                             f"`{display(t)}`", code="E0277")
        d.help(f"the nightly-only, unstable trait `Try` is not implemented for `{display(t)}`")
        fcx.diags.append(d)
        return ERROR
    rkind = _kind(ret)
    if rkind is None:
        d = Diagnostic.error("the `?` operator can only be used in a function that returns "
                             "`Result` or `Option` (or another type that implements "
                             "`FromResidual`)", qmark,
                             f"cannot use the `?` operator in a function that returns "
                             f"`{display(ret)}`", code="E0277")
        d.secondary(fcx.sig.sig_span, "this function should return `Result` or `Option` to "
                                      "accept `?`")
        fcx.diags.append(d)
        return t.args[0]
    if rkind != kind:
        if kind == "Option":
            d = Diagnostic.error("the `?` operator can only be used on `Result`s, not `Option`s, "
                                 "in a function that returns `Result`", qmark,
                                 f"use `.ok_or(...)?` to provide an error compatible with "
                                 f"`{display(ret, True)}`", code="E0277")
            d.secondary(fcx.sig.sig_span, "this function returns a `Result`")
        else:
            d = Diagnostic.error("the `?` operator can only be used on `Option`s, not `Result`s, "
                                 "in a function that returns `Option`", qmark,
                                 "use `.ok()?` if you want to discard the "
                                 f"`Result<Infallible, {display(t.args[1])}>` error information",
                                 code="E0277")
            d.secondary(fcx.sig.sig_span, "this function returns an `Option`")
        fcx.diags.append(d)
        return t.args[0]
    from .box_error import defer as defer_box_error
    if kind == "Result" and defer_box_error(fcx, e, k, t.args[1], ret.args[1], qmark):
        fcx.results.try_kinds[e.id] = kind     # (its conversion is decided at the end)
        return t.args[0]
    if kind == "Result" and not fcx.infer.unify(t.args[1], ret.args[1]):
        err, target = fcx.infer.resolve(t.args[1]), fcx.infer.resolve(ret.args[1])
        from . import try_from       # `Err(From::from(e))` (typeck/try_from.py)
        if not try_from.convert(fcx, e, err, target):
            try_from.report(fcx, e, k, err, target, qmark)
            return t.args[0]
    fcx.results.try_kinds[e.id] = kind
    ok = fcx.infer.shallow(t.args[0])
    if ok.kind == "var":     # `Err(e)?;`: nothing decides `T`; rustc's fallback (check.py)
        fcx.__dict__.setdefault("diverging_vars", []).append(ok)
    return t.args[0]
