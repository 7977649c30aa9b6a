"""Where a `break` or `continue` goes, and labelled blocks (`'a: { .. break 'a v; .. }`),
with the errors of rustc's loop checker: E0268 (outside of a loop), E0695 (unlabelled
inside a labelled block), E0696 (`continue` to a labelled block).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import NEVER, UNIT, Ty


def break_target(fcx, e: ast.Expr, label: ast.Lifetime | None, what: str):
    """The `_Loop` a `break`/`continue` leaves, or None after reporting why it has none
    (or when resolution already reported its undeclared label)."""
    if label is not None:
        target = fcx.res.labels.get(e.id)
        lp = next((lp for lp in reversed(fcx.loops) if lp.target == target), None)
        if lp is not None and what == "continue" and lp.kind == "block":
            d = Diagnostic.error("`continue` pointing to a labeled block", e.span,
                                 "labeled blocks cannot be `continue`'d", code="E0696")
            d.secondary(lp.header, "labeled block the `continue` points to")
            fcx.diags.append(d)
            return None
        return lp
    if fcx.loops and fcx.loops[-1].kind == "block":
        fcx.diags.append(Diagnostic.error(
            f"unlabeled `{what}` inside of a labeled block", e.span,
            f"`{what}` statements that would diverge to or through a labeled block need to "
            "bear a label", code="E0695"))
        return None
    if not fcx.loops:
        if what == "break":
            d = Diagnostic.error("`break` outside of a loop or labeled block", e.span,
                                 "cannot `break` outside of a loop or labeled block", code="E0268")
        else:
            d = Diagnostic.error("`continue` outside of a loop", e.span,
                                 "cannot `continue` outside of a loop", code="E0268")
        fcx.diags.append(d)
        return None
    return fcx.loops[-1]


def labelled_block(fcx, e: ast.Expr, k: ast.ExprBlock, expected: Ty | None, loop_cls) -> Ty:
    """A labelled block: its tail and every `break 'a value` give its value (one type)."""
    lp = loop_cls("block", expected if expected is not None else fcx.infer.new_var(),
                  target=e.id, header=e.span)
    fcx.loops.append(lp)
    t = fcx.check_block(k.block, lp.break_ty)
    fcx.loops.pop()
    if fcx._tail(k.block) is None:
        if fcx.infer.shallow(t).is_never:
            return lp.break_ty if lp.has_break else NEVER
        if not fcx.infer.unify(lp.break_ty, UNIT):
            fcx.mismatch(k.block.span, lp.break_ty, UNIT)
    return lp.break_ty
