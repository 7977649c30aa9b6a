"""rustc's `report_arg_errors` for calls whose arguments have the right count but
several wrong types: one E0308 `arguments to this function are incorrect` at the
callee, a label per argument, and `swap these arguments` when two arguments fit each
other's parameters."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import STR_REF, describe, display


def compatible(infer, found, expected) -> bool:
    """Whether `found` could be unified with `expected`, without unifying them."""
    a, b = infer.shallow(found), infer.shallow(expected)
    if a.is_error or b.is_error or a.kind == "var" or b.kind == "var" or a.is_never:
        return True
    numeric = {"intvar": ("int", "intvar"), "floatvar": ("float", "floatvar")}
    if a.kind in numeric:
        return b.kind in numeric[a.kind]
    if b.kind in numeric:
        return a.kind in numeric[b.kind]
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable or len(a.args) != len(b.args):
        return False
    return all(compatible(infer, x, y) for x, y in zip(a.args, b.args))


def _provided(infer, arg: ast.Expr, t) -> str:
    if isinstance(arg.kind, ast.ExprLit) and arg.kind.lit.kind == "str":
        return "&'static str"     # the literal's own type, region included
    t = infer.resolve(t)
    return display(t)


def report_arg_errors(fcx, e: ast.Expr, k: ast.ExprCall, sig, found: list, bad: list[int]) -> None:
    """`bad` (two or more indices) are the arguments whose types do not fit."""
    from ..syntax.printer import expr_to_string
    infer = fcx.infer
    d = Diagnostic.error("arguments to this function are incorrect", k.func.span, code="E0308")
    note = Diagnostic("note", "function defined here")
    note.primary(sig.name_span)
    swap = None
    if len(bad) == 2:
        i, j = bad
        if compatible(infer, found[i], sig.params[j]) and compatible(infer, found[j], sig.params[i]):
            swap = (i, j)
    for i in bad:
        exp = infer.resolve(sig.params[i])
        if swap is not None:
            label = f"expected `{display(exp)}`, found `{_provided(infer, k.args[i], found[i])}`"
        else:
            label = f"expected {describe(exp)}, found {describe(infer.resolve(found[i]))}"
            note.secondary(sig.param_spans[i], "")
        d.secondary(k.args[i].span, label)
    d.children.append(note)
    if swap is not None:
        i, j = swap
        args = [expr_to_string(a) for a in k.args]
        args[i], args[j] = args[j], args[i]
        d.help("swap these arguments",
               suggestions=[Suggestion(Span(k.func.span.hi, e.span.hi), "(" + ", ".join(args) + ")",
                                       "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)
