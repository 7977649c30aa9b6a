"""Type checking the refutable `let` forms: `if let` / `while let` conditions and let
chains, `let ... else`, and or-pattern bindings shared by several alternatives.

Functions of the body checker (`_FnCtxt`), kept here so check.py only dispatches.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..resolve.pat_bindings import is_let_chain
from ..syntax import ast
from ..types import BOOL, Ty, describe, display


def check_cond(fcx, e: ast.Expr) -> None:
    """An `if`/`while` condition; `let PAT = EXPR` operands are `bool`-typed tests."""
    k = e.kind
    if isinstance(k, ast.ExprLet):
        t = fcx.check_expr(k.expr, None)
        saved = fcx.origin
        fcx.origin = (k.expr.span, t)
        fcx.check_pat(k.pat, t)
        fcx.origin = saved
        fcx.record(e, BOOL)
    elif isinstance(k, ast.ExprBinary) and k.op == "&&" and is_let_chain(e):
        check_cond(fcx, k.lhs)
        check_cond(fcx, k.rhs)
        fcx.record(e, BOOL)
    else:
        fcx.check_coerce(e, BOOL)


def check_let_else(fcx, block: ast.Block) -> None:
    """The `else` block of `let PAT = EXPR else { .. };` must diverge."""
    t = fcx.check_block(block, None)
    st = fcx.infer.shallow(t)
    if st.is_never or st.is_error:
        return
    found = fcx.infer.resolve(t)
    d = Diagnostic.error("`else` clause of `let...else` does not diverge", block.span,
                         f"expected `!`, found {describe(found)}", code="E0308")
    if found.is_unit:
        d.note("  expected type `!`\nfound unit type `()`")
    else:
        d.note(f"expected type `!`\n   found type `{display(found)}`")
    d.help("try adding a diverging expression, such as `return` or `panic!(..)`")
    d.help("...or use `match` instead of `let...else`")
    fcx.diags.append(d)


def or_binding(fcx, p: ast.Pat, ident: ast.Ident, canon: int, t: Ty) -> None:
    """A binding of a later or-pattern alternative: the same variable as the first
    alternative's, so of the same type."""
    first = fcx.local_types.get(canon)
    if first is None or fcx.infer.unify(first, t):
        return
    exp, fnd = fcx.infer.resolve(first), fcx.infer.resolve(t)
    if exp.is_error or fnd.is_error:
        return
    d = Diagnostic.error("mismatched types", ident.span,
                         f"expected {describe(exp)}, found {describe(fnd)}", code="E0308")
    if fcx.origin is not None:
        d.secondary(fcx.origin[0],
                    f"this expression has type `{display(fcx.infer.resolve(fcx.origin[1]))}`")
    info = fcx.res.locals.get(canon)
    if info is not None:
        d.secondary(info.span, f"first introduced with type {describe(exp)} here")
    d.note("in the same arm, a binding must have the same type in all alternatives")
    fcx.diags.append(d)
