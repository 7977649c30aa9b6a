"""MIR for `for pat in iter` over an iterator (typeck/for_iter.py): the iterator is
moved into the loop's temporary, and each turn calls its `next` through `&mut`,
leaving the loop on `None` and binding the `Some` payload to the pattern. This is
rustc's desugaring (`match Iterator::next(&mut iter) { None => break, Some(x) => .. }`)."""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, ERROR, Ty, int_ty, ref
from . import ir


def is_iter_loop(b, e: ast.Expr) -> bool:
    return e.id in b.tcx.method_calls


def for_iter_into(b, e: ast.Expr, k: ast.ExprForLoop, dest: ir.Place, target: int) -> None:
    callee = b.tcx.method_calls[e.id]
    span = k.iter.span
    it_ty = b.ty_of(k.iter)
    item_ty = b.tcx.expr_types.get(k.pat.id, ERROR)
    if -e.id in b.tcx.method_calls:      # a std collection's `into_iter` first
        it, it_ty = _collection_iter(b, e, k)
    else:
        it = b.temp(it_ty, span)
        start = (b.cur, len(b.blocks[b.cur].statements))
        b.expr_into(k.iter, it)
        _receiver_borrow_span(b, k.iter, start)
        into = b.tcx.for_into_iter.get(e.id)
        if into is not None:      # the learner's `IntoIterator`: its `into_iter` first
            it_ty, it = into.ty, _into_iter(b, into, it, span)
    head = b.goto_new()
    r = b.temp(ref(it_ty, True), span)
    b.push(r, ir.Ref(it, True, span), span)
    opt = b.temp(Ty("adt", "Option", (item_ty,)), span)
    nb = b.new_block()
    b.terminate(ir.Call(callee.key, [ir.Copy(r, span)], opt, nb, span,
                        b.tcx.generic_args.get(e.id, ()), span, b.tcx.trait_selves.get(e.id)))
    b.cur = nb
    isize = int_ty("isize")
    some = b.temp(BOOL, span)
    b.push(some, ir.BinaryOp("==", ir.Copy(opt.field(0), span), ir.Const(1, isize), isize), span)
    exit_bb, body_bb = b.new_block(), b.new_block()
    b.terminate(ir.SwitchBool(ir.Copy(some), body_bb, exit_bb))
    b.cur = body_bb
    item = b.temp(item_ty, k.pat.span)
    from .build_drops import builder_needs     # (moved out: the option is not dropped)
    b.push(item, ir.Use(ir.Move(opt.field(1), span, builder_needs(b, item_ty))), span)
    b.for_body(k, item, head, exit_bb, target, dest)


def _collection_iter(b, e: ast.Expr, k: ast.ExprForLoop):
    """`IntoIterator::into_iter(coll)` for std::collections (typeck/collection_loops.py):
    the collection (or the reference to it) is moved into the call, whose result is
    the loop's iterator."""
    span = k.iter.span
    coll_ty = b.ty_of(k.iter)
    coll = b.temp(coll_ty, span)
    b.expr_into(k.iter, coll)
    if coll_ty.kind != "ref":
        b.into_iter_moves.add(span)      # (E0382's "moved due to this implicit call")
    it_ty = b.tcx.expr_types[-e.id]
    it = b.temp(it_ty, span)
    nb = b.new_block()
    from .build_drops import builder_needs
    b.terminate(ir.Call(b.tcx.method_calls[-e.id].key,
                        [ir.Move(coll, span, builder_needs(b, coll_ty))], it, nb, span,
                        b.tcx.generic_args.get(-e.id, ()), span))
    b.cur = nb
    return it, it_ty


def _receiver_borrow_span(b, it: ast.Expr, start: tuple) -> None:
    """rustc reports the autoref of the loop's iterator call (`for x in v.iter_mut()`)
    as borrowed by the whole call, the argument of the desugared `into_iter`."""
    inner = it
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if not isinstance(inner.kind, ast.ExprMethodCall):
        return
    recv = inner.kind.receiver.span
    block, first = start
    for bi in range(block, len(b.blocks)):
        sts = b.blocks[bi].statements
        for st in sts[first if bi == block else 0:]:
            rv = st.rvalue
            if isinstance(rv, ir.Ref) and rv.span == recv:
                rv.span = inner.span
                return


def _into_iter(b, into, src: ir.Place, span) -> ir.Place:
    """`IntoIterator::into_iter(src)` into a new temporary: the loop's iterator."""
    from .build_drops import builder_needs
    it = b.temp(into.ty, span)
    b.into_iter_moves.add(span)       # (E0382's wording: borrowck/for_loops.py)
    nb = b.new_block()
    b.terminate(ir.Call(into.key, [ir.Move(src, span, builder_needs(b, b.locals[src.local].ty))],
                        it, nb, span, (), span))
    b.cur = nb
    return it
