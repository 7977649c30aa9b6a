"""Lowering arrays to MIR: literals and repeats, indexing with rustc's bounds check,
array patterns, and `for` over an array.

Functions of the body builder (`build._Builder`, passed as `b`), so build.py only
dispatches here. An array value is a list in the machine; a constant-index element
(from a pattern) is a `field` projection, a run-time one an `index` projection.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, ERROR, UNIT, Ty, array_len, array_length, int_ty
from ..typeck.arrays import is_rest
from . import build_refs, ir

USIZE = int_ty("usize")


def array_into(b, e: ast.Expr, k, dest: ir.Place) -> None:
    """`[a, b, c]`, `[v; N]`, or the value of `a[i]`."""
    if isinstance(k, ast.ExprArray):
        b.push(dest, ir.Aggregate([b.operand(el) for el in k.elems]), e.span)
    elif isinstance(k, ast.ExprRepeat):
        t = b.ty_of(e)      # (`[v; N]` in a generic body: the instance sets `N`)
        n = array_len(t) if t.name else array_length(t)
        b.push(dest, ir.Repeat(b.operand(k.elem), n), e.span)
    else:
        b.push(dest, ir.Use(b.read(index_place(b, e, True), b.ty_of(e), e.span)), e.span)


def len_const(t: Ty) -> ir.Const:
    """An array's length as an operand: in a generic body, `[T; N]`'s `N` is a type
    the instance substitutes (mir/instantiate.py)."""
    return ir.Const(array_len(t) if t.name else array_length(t), USIZE)


def index_place(b, e: ast.Expr, read: bool) -> ir.Place:
    """The place `base[i]`, after rustc's bounds check `Assert(i < len)`: the base
    place first, then the index, as rustc evaluates them."""
    k: ast.ExprIndex = e.kind
    if e.id in b.tcx.op_calls:      # `*Index::index(&g, i)` (build_overload.py)
        from .build_overload import index_place as overloaded
        return overloaded(b, e, k, read)
    n_derefs = b.tcx.field_derefs.get(e.id, 0)   # `r[i]` with `r: &[T; N]`
    through = b.tcx.__dict__.get("index_derefs", {}).get(e.id)
    if through is not None:     # `w[i]` through `Deref` impls (build_deref.py)
        from .build_deref import index_base
        base, t = index_base(b, k, through)
        base = build_refs.derefs(base, n_derefs)
    else:
        base = build_refs.derefs(b.as_place(k.expr, read or n_derefs > 0), n_derefs)
        t = b.ty_of(k.expr)
    for _ in range(n_derefs):
        t = t.args[0]
    from . import build_collection_index       # std::collections' `Index` impls
    if build_collection_index.applies(t):
        return build_collection_index.index_place(b, e, k, base, t)
    from . import build_collections
    from ..typeck.slicing import range_of
    if build_collections.is_dynamic(t) or range_of(k.index) is not None:
        return build_collections.index_place(b, e, k, base, t)
    idx = b.temp(USIZE, k.index.span)
    b.expr_into(k.index, idx)
    ok = b.temp(BOOL, e.span)
    length = len_const(t)
    b.push(ok, ir.BinaryOp("<", ir.Copy(idx), length, USIZE), e.span)
    nb = b.new_block()
    b.terminate(ir.Assert(ir.Copy(ok), True, "index out of bounds", nb, e.span,
                          ("bounds", "", (length, ir.Copy(idx)), USIZE)))
    b.cur = nb
    return base.index(idx.local)


def is_index_place(e: ast.Expr) -> bool:
    """Does the place expression go through an index (`a[i]`, `a[i].x`, `(g[r])[c]`)?"""
    k = e.kind
    while isinstance(k, (ast.ExprParen, ast.ExprField)):
        k = k.expr.kind
    return isinstance(k, ast.ExprIndex)


def assign_index_into(b, e: ast.Expr, k, dest: ir.Place) -> None:
    """`a[i] = v` / `a[i] op= v`: the value first, then the place and its bounds
    check (the order of rustc's MIR, visible when `v` prints or panics)."""
    span = e.span
    if isinstance(k, ast.ExprAssign):
        value = b.operand(k.rhs)
        place = b.place_of(k.lhs)
        from .build_drops import builder_needs, emit
        if builder_needs(b, b.ty_of(k.lhs)):     # the old element is dropped
            emit(b, place, b.ty_of(k.lhs), span)
        with b.assigning(place.local, span, "assign"):
            b.push(place, ir.Use(value), span)
    else:
        rhs = b.operand(k.rhs)
        place = b.place_of(k.lhs)
        with b.assigning(place.local, span, "assign"):
            b.arith_into(k.op, ir.Copy(place), rhs, b.ty_of(k.lhs), place, span)
    b.push(dest, ir.Use(ir.Const((), UNIT)), span)


def len_into(b, e: ast.Expr, k: ast.ExprMethodCall, dest: ir.Place) -> None:
    """`a.len()`: the receiver is evaluated (its own bounds checks run), never moved."""
    place = build_refs.derefs(b.as_place(k.receiver, read=True), b.tcx.field_derefs.get(e.id, 0))
    b.push(dest, ir.Len(place, k.receiver.span), e.span)


# -- patterns ----------------------------------------------------------------------------

def _parts(b, pat: ast.Pat):
    """(sub-pattern, element index) for the non-rest elements, and the rest element
    with the index it starts at (or None)."""
    k: ast.PatSlice = pat.kind
    indices = iter(b.tcx.pat_tuple_fields.get(pat.id, []))
    subs, rest = [], None
    for i, el in enumerate(k.elems):
        if is_rest(el):
            rest = (el, i)
        else:
            subs.append((el, next(indices, None)))
    return [(el, i) for el, i in subs if i is not None], rest


def bind_slice_pattern(b, pat: ast.Pat, place: ir.Place) -> None:
    subs, rest = _parts(b, pat)
    if any(i < 0 for _, i in subs) or (rest is not None and b.tcx.binding_modes.get(rest[0].id)):
        from . import build_slice_pats       # a `[T]` (elements from the end), or a
        build_slice_pats.bind(b, pat, place)  # `rest @ ..` by reference
        return
    for el, i in subs:
        b.bind_pattern(el, place.field(i))
    if rest is not None and isinstance(rest[0].kind, ast.PatIdent):
        # `name @ ..`: a new array of the elements the `..` covers, moved out of place.
        el, start = rest
        t = b.tcx.local_types.get(el.id, ERROR)
        n = array_len(t) if t.kind == "array" and t.name else 0
        elem = t.args[0] if t.kind == "array" else ERROR
        ops = [b.read(place.field(start + j), elem, el.span) for j in range(n)]
        local = b.new_local(t, el.kind.ident.span, el.kind.ident.name, el.kind.mutable)
        b.locals[local].pat_span = el.span
        b.push(ir.Place(local), ir.Aggregate(ops), el.span)
        b.var_local[el.id] = local


def test_slice_pattern(b, pat: ast.Pat, place: ir.Place, ty: Ty, fail: int) -> None:
    if ty.kind == "slice":      # its length is tested first
        from . import build_slice_pats
        build_slice_pats.test(b, pat, place, ty, fail)
        return
    elem = ty.args[0] if ty.kind == "array" else ERROR
    subs, _ = _parts(b, pat)
    for el, i in subs:
        b.test_pattern(el, place.field(i), elem, fail)


# -- `for` over an array -------------------------------------------------------------------

def for_array_into(b, k: ast.ExprForLoop, dest: ir.Place, target: int = -1) -> None:
    """`for pat in arr`: the array is moved into the loop's own temporary, then each
    element taken out in order, like `array::IntoIter` (a temporary desugaring until
    `IntoIterator` exists; see typeck.arrays.check_for_array)."""
    at = b.ty_of(k.iter)
    span = k.iter.span
    by_ref = at.kind == "ref"      # `for x in &arr`: each item borrows an element
    arr_ty = at.args[0] if by_ref else at
    from .build_collections import is_dynamic
    dynamic = is_dynamic(arr_ty)      # a `Vec` or a slice: its length at run time
    elem = Ty("ref", args=(arr_ty.args[0],), mutable=at.mutable) if by_ref \
        else arr_ty.args[0] if arr_ty.kind == "array" or dynamic else ERROR
    arr = b.temp(at, span)
    b.expr_into(k.iter, arr)
    if not by_ref or at.mutable:
        b.into_iter_moves.add(span)
    i = b.temp(USIZE, span)
    b.push(i, ir.Use(ir.Const(0, USIZE)), span)
    head = b.goto_new()
    has = b.temp(BOOL, span)
    if dynamic:
        length = b.temp(USIZE, span)
        b.push(length, ir.Len(arr.deref() if by_ref else arr, span), span)
        b.push(has, ir.BinaryOp("<", ir.Copy(i), ir.Copy(length), USIZE), span)
    else:
        b.push(has, ir.BinaryOp("<", ir.Copy(i), len_const(arr_ty), USIZE), span)
    exit_bb, body_bb = b.new_block(), b.new_block()
    b.terminate(ir.SwitchBool(ir.Copy(has), body_bb, exit_bb))
    b.cur = body_bb
    item = b.temp(elem, k.pat.span)
    # Each element is read once and the temporary never used again: the move out
    # that array::IntoIter does with a raw read. A `Copy` operand, so the borrow
    # checker does not take it for a user's move out of an array (E0508).
    if by_ref:
        b.push(item, ir.Ref(arr.deref().index(i.local), at.mutable, span), span)
    else:
        b.push(item, ir.Use(ir.Copy(arr.index(i.local))), span)
    b.push(i, ir.BinaryOp("+", ir.Copy(i), ir.Const(1, USIZE), USIZE), span)
    b.for_body(k, item, head, exit_bb, target, dest)
