"""Lowering byte string literals (`b"abc"`, `br"a\\n"`) to MIR.

rustc gives `b"abc"` the type `&'static [u8; 3]`: a promoted constant array. The
machine holds an array as a list, so the literal becomes a temporary holding the
array of its bytes and a shared borrow of it. The temporary is never registered as
a dying temporary (mir/temporaries.py), so the borrow checker sees a `'static`
value, as rustc does for a promoted constant.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import int_ty, ref
from . import ir

U8 = int_ty("u8")


def operand(b, e: ast.Expr) -> ir.Operand:
    data = bytes(e.kind.lit.value or b"")
    t = b.ty_of(e)
    arr_ty = t.args[0] if t.kind == "ref" and t.args else t
    arr = b.temp(arr_ty, e.span)
    b.push(arr, ir.Aggregate([ir.Const(x, U8) for x in data]), e.span)
    r = b.temp(ref(arr_ty), e.span)
    b.push(r, ir.Ref(arr, False, e.span, e.span), e.span)
    return ir.Copy(r, e.span)
