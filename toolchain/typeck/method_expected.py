"""rustc's `expected_inputs_for_expected_output` for a call to a method of std's
source: the type the call is expected to have (an annotation, a return type) gives
its generic parameters, and so each argument an expected type. An argument that is
itself a call is checked against it, so a misfit is reported inside that argument
(`a.zip(Some("two"))` expected as `Option<(i32, i32)>`: `"two"` against the `i32`
the expectation gives `Some`'s `T`), as rustc does."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty
from .expected_inputs import _concrete, _match


def note(fcx, e: ast.Expr, expected: Ty | None) -> None:
    if expected is not None:
        fcx.__dict__.setdefault("method_expected", {})[e.id] = expected


def arg_hint(fcx, e: ast.Expr, arg: ast.Expr, pt: Ty, ret: Ty) -> Ty | None:
    """The expected type of argument `arg` (declared `pt`) of method call `e`, when the
    call's expectation decides it and the argument is a call (None otherwise)."""
    table = fcx.__dict__.get("method_expected")
    expected = table.get(e.id) if table else None
    if expected is None or not isinstance(arg.kind, ast.ExprCall):
        return None
    infer = fcx.infer
    if _concrete(infer.resolve(pt)):
        return None
    m: dict[int, Ty] = {}
    if not _match(infer, ret, expected, m, 0) or not m:
        return None
    got = _subst(infer, pt, m)
    got = infer.resolve(got)
    return got if _concrete(got) else None


def _subst(infer, t: Ty, m: dict) -> Ty:
    t = infer.shallow(t)
    if t.kind == "var":
        return m.get(t.id, t)
    if t.args:
        return Ty(t.kind, t.name, tuple(_subst(infer, a, m) if isinstance(a, Ty) else a
                                        for a in t.args), t.mutable, t.id)
    return t


def check_arg(fcx, e: ast.Expr, arg: ast.Expr, pt: Ty, ret: Ty, cause) -> None:
    """Check argument `arg` of method call `e` at its parameter `pt`."""
    hint = arg_hint(fcx, e, arg, pt, ret)
    if hint is None:
        fcx.check_coerce(arg, pt, cause)
        return
    t = fcx.check_expr(arg, hint)
    if not fcx.coerce(t, pt):
        fcx.mismatch(arg.span, pt, t, cause, expr=arg)
