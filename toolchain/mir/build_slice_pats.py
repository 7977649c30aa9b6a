"""Lowering slice patterns on slices (`[a, .., z]` against a `[T]`): rustc's length
test (`Len` then `==` for a fixed length, `>=` with a `..`), then the elements as
constant-index places: from the start before the `..`, from the end after it (a
negative `field` index, rustc's `ConstantIndex { from_end: true }`), and `rest @ ..`
as a borrow of the `subslice` place between them (disjoint from the elements for the
borrow checker, as rustc's `Subslice` projection).

Functions of the body builder (`build._Builder`, passed as `b`), like build_arrays.py.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty, int_ty
from . import ir

USIZE = int_ty("usize")


def _parts(b, pat: ast.Pat):
    from .build_arrays import _parts as parts
    return parts(b, pat)


def test(b, pat: ast.Pat, place: ir.Place, ty: Ty, fail: int) -> None:
    k: ast.PatSlice = pat.kind
    subs, rest = _parts(b, pat)
    n = len(k.elems) - (1 if rest is not None else 0)
    length = b.temp(USIZE, pat.span)
    b.push(length, ir.Len(place, pat.span), pat.span)
    op = ">=" if rest is not None else "=="
    b.test(ir.BinaryOp(op, ir.Copy(length), ir.Const(n, USIZE), USIZE), pat.span, fail)
    elem = ty.args[0] if ty.kind == "slice" else ERROR
    for el, i in subs:
        b.test_pattern(el, place.field(i), elem, fail)


def bind(b, pat: ast.Pat, place: ir.Place) -> None:
    k: ast.PatSlice = pat.kind
    subs, rest = _parts(b, pat)
    for el, i in subs:
        b.bind_pattern(el, place.field(i))
    if rest is not None and isinstance(rest[0].kind, ast.PatIdent):
        el, start = rest
        bind_rest(b, el, place, start, len(k.elems) - start - 1)


def bind_rest(b, el: ast.Pat, place: ir.Place, before: int, after: int) -> None:
    """`rest @ ..` by reference: `&place[before..len - after]` (of a slice, or of an
    array under a `ref` binding mode)."""
    k: ast.PatIdent = el.kind
    t = b.tcx.local_types.get(el.id, ERROR)
    mutable = t.kind == "ref" and t.mutable
    from .build_let import binding_local
    local, _ = binding_local(b, el, k, t)
    b.push(ir.Place(local), ir.Ref(place.subslice(before, after), mutable, el.span), el.span)
    b.var_local[el.id] = local


__all__ = ["test", "bind", "bind_rest"]
