"""E0070 / E0067: the left-hand side of `=` or `op=` is not a place (`5 = x`,
`f() = 2`, `x + 1 += 3`). rustc reports it before the right operand's mismatch (which
it then drops) and before an operator's missing impl (a pending obligation)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..syntax.places import is_non_place

def check_lhs_assignable(fcx, lhs: ast.Expr, code: str, op_span: Span) -> bool:
    """Report E0070/E0067 unless `lhs` may be a place; True when it may."""
    if not is_non_place(lhs):
        from .op_overload import written_index
        return not written_index(fcx, lhs)
    d = Diagnostic.error("invalid left-hand side of assignment", op_span, code=code)
    d.secondary(lhs.span, "cannot assign to this expression")
    fcx.diags.append(d)
    return False
