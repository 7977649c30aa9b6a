"""Array lengths in typeck: their value (folded by resolve/array_lens.py) and their
type, which must be `usize`.

rustc checks a length as an anonymous constant of type `usize`: a mismatch is a plain
E0308 at the length ("expected `usize`, found `i32`"), without the conversion helps
a mismatch in a body gets (`.try_into().unwrap()` cannot run in a constant).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..resolve.arrays import literal_len
from ..syntax import ast
from ..types import Ty, array_of, display

USIZE = Ty("int", "usize")


def value(e: ast.Expr, res) -> int:
    """A length's value (0 where it was refused or was an error: reported already)."""
    n = literal_len(e)
    if n is not None:
        return n
    return res.array_lens.get(e.id, 0)


def param_length(elem: Ty, target: tuple) -> Ty:
    """`[elem; N]` for const parameter `N` (resolve/const_params.py)."""
    name, index, _ = target
    return array_of(elem, Ty("param", name, id=index))


def check(fcx, e: ast.Expr) -> None:
    """Check a non-literal length against `usize`."""
    t = fcx.infer.resolve(fcx.check_expr(e, USIZE))
    if t.kind == "intvar":
        fcx.infer.unify(t, USIZE)
    elif not t.is_error and t != USIZE:
        fcx.diags.append(Diagnostic.error("mismatched types", e.span,
                                          f"expected `usize`, found `{display(t)}`", code="E0308"))
    fcx.record(e, USIZE)


def check_types(res, new_fcx) -> list[Diagnostic]:
    """The lengths written in types (`[u8; SIDE]` in a struct or a signature)."""
    diags: list[Diagnostic] = []
    for e, in_type in res.len_exprs:
        if in_type and e.id in res.array_lens:
            fcx = new_fcx()
            check(fcx, e)
            diags.extend(fcx.diags)
            fcx.release()
    return diags
