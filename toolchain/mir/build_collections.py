"""Lowering std's collections: `vec![..]`, `format!`, indexing and slicing of a
`Vec` or a slice, and the coercions to `&str` (helpers of `build._Builder`, `b`).

A `Vec` is the list of its elements in the machine (interp/slices.py), so `vec![a, b]`
is the aggregate of its elements and `v[i]` an `index` projection of the `Vec`'s
place, after rustc's bounds check against the run-time length (`Len`).
"""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, STR, Ty, int_ty
from . import build_refs, ir

USIZE = int_ty("usize")


def macro_into(b, e: ast.Expr, k: ast.ExprBuiltinMacro, dest: ir.Place) -> None:
    span = e.span
    if k.name == "format":
        b.push(dest, ir.Use(b.format(k.fmt, span)), span)
        return
    arr = k.args[0]
    ak = arr.kind
    if isinstance(ak, ast.ExprRepeat):
        x, n = b.operand(ak.elem), b.operand(ak.count)
        shim(b, "vec_from_elem", [x, n], dest, span)
    else:
        b.push(dest, ir.Aggregate([b.operand(el) for el in ak.elems]), span)


def shim(b, name: str, args: list, dest: ir.Place, span) -> None:
    """A call of one of std's intrinsics (interp/shims*.py) from lowered code."""
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", args, dest, nb, span, (name,)))
    b.cur = nb


def is_dynamic(t: Ty) -> bool:
    """A `Vec` or a slice: indexed against its run-time length."""
    return t.kind == "slice" or (t.kind == "adt" and t.name == "Vec")


def bounds_check(b, base: ir.Place, idx: ir.Place, e: ast.Expr, span) -> None:
    length = b.temp(USIZE, e.span)
    b.push(length, ir.Len(base, e.span), e.span)
    ok = b.temp(BOOL, e.span)
    b.push(ok, ir.BinaryOp("<", ir.Copy(idx), ir.Copy(length), USIZE), e.span)
    nb = b.new_block()
    b.terminate(ir.Assert(ir.Copy(ok), True, "index out of bounds", nb, span,
                          ("bounds", "", (ir.Copy(length), ir.Copy(idx)), USIZE)))
    b.cur = nb


def skip(b) -> int:
    return getattr(b, "str_deref_skip", -1)


def str_deref_into(b, e: ast.Expr, dest: ir.Place) -> None:
    """`&String` used as `&str` (a deref coercion): the reference's target is the text."""
    t = b.ty_of(e)
    tmp = b.temp(t, e.span)
    saved, b.str_deref_skip = skip(b), e.id
    b.expr_into(e, tmp)
    b.str_deref_skip = saved
    place = tmp
    while t.kind == "ref":
        place, t = place.deref(), t.args[0]
    # A reborrow of the `String` (so the borrow checker keeps its loan alive while the
    # `&str` is), which the machine reads as the text.
    b.push(dest, ir.Ref(place, False, e.span, e.span, True), e.span)


def str_deref_operand(b, e: ast.Expr) -> ir.Operand:
    from ..types import STR_REF
    tmp = b.temp(STR_REF, e.span)
    str_deref_into(b, e, tmp)
    return ir.Copy(tmp, e.span)


def index_place(b, e: ast.Expr, k: ast.ExprIndex, base: ir.Place, t: Ty) -> ir.Place:
    """`base[i]` of a `Vec` / slice, or `base[lo..hi]` of any of them or an array."""
    from ..typeck.slicing import range_of
    rng = range_of(k.index)
    # A `Vec`'s index and any range are `Index::index` calls, whose location rustc
    # gives from the `[`; a slice's element index is built in (the whole expression).
    from ..source import Span
    call_span = Span(k.expr.span.hi, e.span.hi)
    if rng is None:
        idx = b.temp(USIZE, k.index.span)
        b.expr_into(k.index, idx)
        bounds_check(b, base, idx, e, e.span if t.kind == "slice" else call_span)
        return base.index(idx.local)
    # `&s[lo..hi]`: std's `index_range` (std/vec.rs) makes the sub-slice reference.
    from ..types import ref, slice_ty
    text = t.kind == "str" or t.kind == "adt" and t.name == "String"
    elem = t if text else t.args[0]
    mutable = getattr(b, "slicing_mut", False) and not text
    lo = b.temp(USIZE, e.span)
    if rng.lo is not None:
        b.expr_into(rng.lo, lo)
    else:
        b.push(lo, ir.Use(ir.Const(0, USIZE)), e.span)
    hi = b.temp(USIZE, e.span)
    if rng.hi is not None:
        b.expr_into(rng.hi, hi)
        if rng.inclusive and not text:   # (a `str`'s panics name the inclusive end)
            b.push(hi, ir.BinaryOp("+", ir.Copy(hi), ir.Const(1, USIZE), USIZE), e.span)
    elif not text:
        b.push(hi, ir.Len(base, e.span), e.span)
    sliced = STR if text else slice_ty(elem)
    whole = b.temp(ref(sliced, mutable), e.span)
    # `Index::index(&v, ..)` (a `String`'s or `str`'s reference is its text)
    b.push(whole, ir.Ref(base, mutable, k.expr.span, k.expr.span, text), e.span)
    out = b.temp(ref(sliced, mutable), e.span)
    nb = b.new_block()
    args = [ir.Move(whole), ir.Copy(lo), ir.Copy(hi)]
    if text and rng.hi is None:     # `s[lo..]`: to the end (in bytes, which the machine counts)
        func, args = "std::string::index_range_from", args[:2]
    elif text:
        func = "std::string::index_range_inclusive" if rng.inclusive else "std::string::index_range"
    else:
        func = "std::vec::index_range_mut" if mutable else "std::vec::index_range"
    b.terminate(ir.Call(func, args, out, nb, call_span, () if text else (elem,), call_span))
    b.cur = nb
    return out.deref()


def compare_operand(b, e: ast.Expr) -> ir.Operand:
    """An operand of `==` / `<`: `PartialEq::eq(&a, &b)` borrows it, so a `String` or
    `Vec` variable compared is read, not moved (a place through `*` too)."""
    if b.is_copy(b.ty_of(e)):
        return b.operand(e)
    inner = e
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if isinstance(inner.kind, ast.ExprUnary) and inner.kind.op == "*":
        return ir.Copy(b.as_place(inner, read=True), e.span)
    return b.borrow_operand(e)


def borrow_span(b, e: ast.Expr, k: ast.ExprAddrOf):
    """Where the borrow checker says `&v[i]` borrows: for a `Vec`, `Index::index`
    borrows `v` itself, so rustc points at `v`."""
    inner = k.expr
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if isinstance(inner.kind, ast.ExprIndex):
        t = b.ty_of(inner.kind.expr)
        while t.kind == "ref":
            t = t.args[0]
        if t.kind == "adt" and t.name == "Vec":
            return inner.kind.expr.span
    return e.span


def str_receiver(b, k: ast.ExprMethodCall, n_derefs: int) -> ir.Operand:
    """A `String` receiver of a `str` method: `&*s` as its text (a reborrow)."""
    from ..types import STR_REF
    from .build_refs import derefs
    place = derefs(b.as_place(k.receiver, read=True), n_derefs)
    tmp = b.temp(STR_REF, k.receiver.span)
    b.push(tmp, ir.Ref(place, False, k.receiver.span, k.receiver.span, True), k.receiver.span)
    return ir.Copy(tmp, k.receiver.span)
