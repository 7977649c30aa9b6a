"""`vec![..]` and `format!(..)` in the type checker.

`vec![a, b]` is checked as its array (expand/vec_macro.py), whose element type is
the `Vec`'s; an expected `Vec<T>` gives the elements their expected type, as
`into_vec`'s signature does in rustc. `vec![x; n]` needs `n: usize` and `x: Clone`.
`format!` gives a `String`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty, array, display, int_ty
from ..unsupported import unsupported

USIZE = int_ty("usize")
STRING = Ty("adt", "String")


def vec_ty(elem: Ty) -> Ty:
    return Ty("adt", "Vec", (elem,))


def check(fcx, e: ast.Expr, k: ast.ExprBuiltinMacro, expected: Ty | None) -> Ty:
    if k.name == "format":
        fcx.format_args(k.fmt)
        return STRING
    arr = k.args[0]
    exp = fcx.infer.shallow(expected) if expected is not None else None
    elem_exp = exp.args[0] if exp is not None and exp.kind == "adt" and exp.name == "Vec" \
        else None
    ak = arr.kind
    if isinstance(ak, ast.ExprRepeat):
        if elem_exp is not None:
            fcx.check_coerce(ak.elem, elem_exp)
            elem = elem_exp
        else:
            elem = fcx.check_expr(ak.elem, None)
        fcx.check_coerce(ak.count, USIZE)
        from .std_bounds import has_trait
        t = fcx.infer.resolve(elem)
        if t.kind not in ("var", "intvar", "floatvar", "error") and not has_trait(fcx, t, "Clone"):
            fcx.diags.append(unsupported(ak.elem.span, f"`vec![x; n]` with `x` of type "
                                                       f"`{display(t)}`"))
        fcx.record(arr, vec_ty(elem))
        return vec_ty(elem)
    if not ak.elems:
        elem = elem_exp if elem_exp is not None else fcx.infer.new_var()
        fcx.record(arr, array(elem, 0))
        return vec_ty(elem)
    from .arrays import check_array
    t = fcx.record(arr, check_array(
        fcx, arr, ak, array(elem_exp, len(ak.elems)) if elem_exp is not None else None))
    t = fcx.infer.shallow(t)
    return vec_ty(t.args[0]) if t.kind == "array" else ERROR
