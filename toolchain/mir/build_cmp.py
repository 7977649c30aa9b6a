"""MIR lowering of a comparison of type-parameter values (`a == b` with `a: T` or `&T`,
`T: PartialEq`): a call of the trait's method through the bound,
`<T as PartialEq>::eq(&a, &b)`, resolved per instance at run time
(interp/dyn_dispatch.py), so a learner's hand-written `eq` runs; for a type without a
hand-written impl (a primitive, a derived one) the machine compares the values itself
(interp/cmp_builtin.py). A helper for `build._Builder`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ref
from . import ir
from .build_traits import eq_call_into

# operator -> the trait method called through the bound
_METHOD = {"==": ("PartialEq", "eq"), "!=": ("PartialEq", "eq"), "<": ("PartialOrd", "partial_cmp"),
           "<=": ("PartialOrd", "partial_cmp"), ">": ("PartialOrd", "partial_cmp"),
           ">=": ("PartialOrd", "partial_cmp")}


def param_cmp_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place) -> bool:
    """`a == b` / `a != b` on values of a type parameter (through references too)."""
    got = _METHOD.get(k.op)
    if got is None:
        return False
    t = b.ty_of(k.lhs)
    n = 0
    while t.kind == "ref":
        t, n = t.args[0], n + 1
    if t.kind != "param":
        return False
    if k.op not in ("==", "!="):      # `a < b`: `partial_cmp`, tested (mir/build_ord.py)
        from .build_ord import ord_call_into
        ord_call_into(b, e, k, dest, t, n, "<Self as PartialOrd>::partial_cmp", t)
        return True
    trait, method = got
    eq_call_into(b, e, k, dest, t, n, lambda args, out, nb: ir.Call(
        f"<Self as {trait}>::{method}", args, out, nb, e.span, (), k.op_span, t))
    return True


def assert_eq_call(b, ty, left: ir.Operand, right: ir.Operand, dest: ir.Place, span,
                   rty=None) -> bool:
    """`assert_eq!(a, b)`'s test when `a`'s type is a type parameter or has a
    hand-written `PartialEq`: `dest = PartialEq::eq(&a, &b)` (the operands are the
    values the macro also prints); with a `Cow` on a side, what they deref to."""
    if rty is not None and cow_into(b, "==", left, right, ty, rty, dest, span):
        return True
    self_ty = None
    if ty.kind == "param":
        key, self_ty = "<Self as PartialEq>::eq", ty
    else:
        cx = b.tcx.traits
        key = cx.eq_impls.get(ty.name) if cx is not None and ty.kind == "adt" else None
        if key is None:     # (`Vec<Name>`, `&Name`: the typed walk, interp/cmp_typed.py)
            return typed_into(b, "==", left, right, ty, dest, span)
    args = operand_refs(b, (left, right), (ty, ty), span)
    nb = b.new_block()
    b.terminate(ir.Call(key, args, dest, nb, span, (), None, self_ty))
    b.cur = nb
    return True


def operand_refs(b, operands, tys, span) -> list:
    """`&a` and `&b` of `assert_eq!`'s operands (of types `tys`), each a place already
    or put in a temporary: the arguments of the `eq` it calls."""
    args = []
    for op, t in zip(operands, tys):
        place = getattr(op, "place", None)
        if place is None:
            place = b.temp(t, span)
            b.push(place, ir.Use(op), span)
        tmp = b.temp(ref(t), span)
        b.push(tmp, ir.Ref(place, False, span), span)
        args.append(ir.Copy(tmp, span))
    return args


def holds_user(b, ty) -> bool:
    """`ty` holds (not only is) a type with a hand-written comparison: compared part
    by part through the learner's methods (interp/cmp_typed.py); or a `Cow`, which
    compares what it points at (interp/cmp_cow.py)."""
    cx = b.tcx.traits
    impls = (cx.eq_impls, cx.pord_impls, cx.ord_impls) if cx is not None else ({}, {}, {})
    from ..interp.cmp_cow import std_cow
    if not (any(impls) or std_cow(b.tcx.adts)):
        return False
    from ..interp.cmp_typed import holds_in
    return holds_in(b.tcx.adts, impls, ty, set())


def typed_into(b, op: str, lhs: ir.Operand, rhs: ir.Operand, ty, dest: ir.Place, span) -> bool:
    """`a == b` / `a < b` (..) on a `Vec<Name>`, an `Option<Task>`, a tuple, a derived
    struct holding a type compared by hand: the machine's typed walk (a shim), which
    calls the learner's `eq`/`partial_cmp` where it meets that type."""
    if not holds_user(b, ty):
        return False
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", [lhs, rhs], dest, nb, span, ("cmp_typed", op, ty)))
    b.cur = nb
    return True


def cow_into(b, op: str, lhs: ir.Operand, rhs: ir.Operand, lty, rty, dest: ir.Place,
             span) -> bool:
    """`cow == "x"`, `a < b` of two `Cow`s (typeck/cow_cmp.py): std's impls compare what
    each side derefs to, not the variants: the machine's shim (interp/cmp_cow.py)."""
    sides = []
    for t in (lty, rty):
        while t.kind == "ref":
            t = t.args[0]
        sides.append(t)
    from ..interp.cmp_cow import std_cow
    if not any(t.kind == "adt" and t.name == "Cow" for t in sides) or not std_cow(b.tcx.adts):
        return False
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", [lhs, rhs], dest, nb, span, ("cmp_cow", op, lty, rty)))
    b.cur = nb
    return True
