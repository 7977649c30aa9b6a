"""rustc's help on a mismatched argument of a generic function whose return type is
that argument's own type parameter (`mem::replace(&mut n, "x")`): the argument would
have decided what the call returns, so rustc says which type that would have been
(`the return type of this call is `&'static str` due to the type of the argument
passed`), before its `function defined here` note."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from .arg_errors import _provided


def wrap(fcx, cause, e: ast.Expr, k: ast.ExprCall, ft, i: int, found):
    """`cause` (the argument's mismatch decoration), with the help when it applies."""
    decl = fcx.results.sigs.get(ft.name) if ft.kind == "fndef" else None
    if decl is None or decl.ret.kind != "param" or i >= len(decl.params) \
            or decl.params[i] != decl.ret:
        return cause
    name = ft.name.rsplit("::", 1)[-1]

    def decorate(d: Diagnostic) -> None:
        cause(d)
        h = Diagnostic("help", f"the return type of this call is "
                       f"`{_provided(fcx.infer, k.args[i], found)}` due to the type of the "
                       "argument passed")
        h.primary(e.span)
        h.secondary(k.args[i].span, f"this argument influences the return type of `{name}`")
        # (before the `defined here` note the cause appended last)
        d.children.insert(max(len(d.children) - 1, 0), h)
    return decorate
