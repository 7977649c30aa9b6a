"""MIR lowering of references and method calls (helpers for `build._Builder`).

`&place` is a `Ref` rvalue; `*e` is a `deref` projection of the place holding the
pointer. Typeck's adjustments are applied here: auto-deref of field access and of
method receivers, autoref of receivers, match ergonomics in patterns, and implicit
reborrows of `&mut` values at coercion sites (copied, not moved).
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty
from . import ir
from . import temporaries


def derefs(place: ir.Place, n: int) -> ir.Place:
    for _ in range(n):
        place = place.deref()
    return place


def has_deref(place: ir.Place) -> bool:
    return any(elem[0] == "deref" for elem in place.proj)


def note_deref_write(b, place: ir.Place, span) -> None:
    """Record an assignment through a reference for the borrow checker (E0594)."""
    if has_deref(place):
        if not hasattr(b, "deref_writes"):
            b.deref_writes = []
        b.deref_writes.append((place, span))


def addr_of_into(b, e: ast.Expr, k: ast.ExprAddrOf, dest: ir.Place) -> None:
    mark = len(b.locals)
    b.slicing_mut = k.mutable      # `&mut v[1..3]` slices mutably (build_collections.py)
    place = b.as_place(k.expr, read=True)
    b.slicing_mut = False
    temporaries.borrowed(b, place, mark, k.expr, e.id)
    from .build_collections import borrow_span
    # `&s[1..3]` borrows a `str` place: the machine holds a `&str` as the text itself.
    text = b.ty_of(k.expr).kind == "str"
    b.push(dest, ir.Ref(place, k.mutable, borrow_span(b, e, k), k.expr.span, text), e.span)


def deref_place(b, k: ast.ExprUnary, e: ast.Expr | None = None) -> ir.Place:
    how = b.tcx.overloaded_derefs.get(e.id) if e is not None else None
    if how is not None:      # `*Deref::deref(&x)` (typeck/deref.py)
        from .build_deref import overloaded
        return overloaded(b, b.as_place(k.expr, read=True), b.ty_of(k.expr), how, e.span)[0]
    return b.as_place(k.expr, read=True).deref()


def reborrow_operand(b, e: ast.Expr) -> ir.Operand | None:
    """A `&mut` local passed where a reference is expected is reborrowed, not moved."""
    if e.id in b.tcx.reborrows:
        inner = e
        while isinstance(inner.kind, ast.ExprParen):
            inner = inner.kind.expr
        if isinstance(inner.kind, (ast.ExprPath, ast.ExprField, ast.ExprUnary)):
            return ir.Copy(b.as_place(inner, read=True), e.span)
    return None


def arith_operand(b, op: ir.Operand, ty: Ty) -> tuple[ir.Operand, Ty]:
    """`&i32 + i32`: the arithmetic reads through the reference."""
    if ty.kind == "ref" and ty.args[0].kind not in ("str", "adt") \
            and isinstance(op, (ir.Copy, ir.Move)):   # (`String + &str`: the text as is)
        return ir.Copy(op.place.deref(), op.span), ty.args[0]
    return op, ty


def method_call_into(b, e: ast.Expr, k: ast.ExprMethodCall, dest: ir.Place) -> None:
    callee = b.tcx.method_calls.get(e.id)
    if callee is None:   # `.clone()` of a Clone value: a deep copy
        place = b.as_place(k.receiver, read=True)
        b.push(dest, ir.Use(ir.Copy(place, k.receiver.span)), e.span)
        return
    rt = b.ty_of(k.receiver)
    through = b.tcx.receiver_derefs.get(e.id)
    if through is not None:      # through `Deref` impls (mir/build_deref.py)
        from .build_deref import receiver
        rplace, rt = receiver(b, k, through)
        as_place = lambda *_a, **_k: rplace      # noqa: E731
    else:
        as_place = b.as_place
    if callee.key is None:   # derived `clone` through references
        place = derefs(as_place(k.receiver, read=True), callee.derefs)
        b.push(dest, ir.Use(ir.Copy(place, k.receiver.span)), e.span)
        return
    if callee.autoref == "str":     # a `String` receiver of a `str` method: its text
        from .build_collections import str_receiver
        recv = str_receiver(b, k, callee.derefs) if through is None \
            else ir.Copy(derefs(rplace, callee.derefs), k.receiver.span)
    elif callee.autoref is None and callee.derefs == 0:
        if rt.kind == "ref" and rt.mutable:
            recv = ir.Copy(as_place(k.receiver, read=True), k.receiver.span)   # reborrow
        else:
            recv = b.operand(k.receiver) if through is None else ir.Copy(rplace, k.receiver.span)
    elif callee.autoref is None:
        t = rt
        for _ in range(callee.derefs):
            t = t.args[0]
        place = derefs(as_place(k.receiver, read=True), callee.derefs)
        recv = b.read(place, t, k.receiver.span) if t.kind != "ref" or not t.mutable \
            else ir.Copy(place, k.receiver.span)
    else:
        mark = len(b.locals)
        place = derefs(as_place(k.receiver, read=True), callee.derefs)
        temporaries.borrowed(b, place, mark, k.receiver, None)
        tmp = b.temp(b.tcx.sigs[callee.key].params[0], k.receiver.span)
        text = b.ty_of(k.receiver).kind == "str" and callee.derefs == 0   # `s[1..].trim()`
        b.push(tmp, ir.Ref(place, callee.autoref == "&mut", k.receiver.span, None, text),
               k.receiver.span)
        recv = ir.Copy(tmp, k.receiver.span)
    recv_block = b.cur
    args = [recv] + [b.operand(a) for a in k.args]
    # The span rustc gives "moved due to this method call": the name and arguments.
    b.method_spans[b.cur] = ir.Span(k.segment.ident.span.lo, e.span.hi)
    if b.cur != recv_block or any(_expands_to_call(a) for a in k.args):
        b.receiver_moved_before.add(b.cur)
    nb = b.new_block()
    b.terminate(ir.Call(callee.key, args, dest, nb, e.span, b.tcx.generic_args.get(e.id, ()),
                        k.segment.ident.span, b.tcx.trait_selves.get(e.id),
                        trait_args=b.tcx.trait_call_args.get(e.id, ())))
    b.cur = nb


def _expands_to_call(arg: ast.Expr) -> bool:
    """`&format!(..)`, `vec![..]`: a call in rustc's MIR (which ends a block), built as a
    statement by Ferrite's."""
    while isinstance(arg.kind, (ast.ExprParen, ast.ExprAddrOf)):
        arg = arg.kind.expr
    return isinstance(arg.kind, ast.ExprBuiltinMacro)


def assoc_key(b, func: ast.Expr) -> str | None:
    got = b.tcx.assoc_paths.get(func.id)
    return got[1] if got is not None and got[0] == "fn" else None


def const_into(b, e: ast.Expr, dest: ir.Place) -> bool:
    """An associated constant's value, evaluated where it is used (consts are inlined)."""
    got = b.tcx.assoc_paths.get(e.id)
    if got is not None and got[0] == "self_const":     # (`Self::CONST`: build_self_consts.py)
        from .build_self_consts import call_into
        call_into(b, e, got[1], got[2], dest)
        return True
    if got is None or got[0] != "const":
        return False
    b.expr_into(b.tcx.consts[got[1]][1], dest)
    return True


# -- patterns ---------------------------------------------------------------------------

def bind_hook(b, pat: ast.Pat, place: ir.Place) -> bool:
    """Bindings by reference, `&pat`, and patterns matched through references."""
    k = pat.kind
    mode = b.tcx.binding_modes.get(pat.id)
    if isinstance(k, ast.PatIdent) and mode is not None:
        t = b.tcx.local_types.get(pat.id, ERROR)
        from .build_let import binding_local
        # An or-pattern's later alternatives bind the first alternative's local.
        local, _ = binding_local(b, pat, k, t)
        b.locals[local].mutable = k.mutable and not k.by_ref
        b.push(ir.Place(local), ir.Ref(place, mode == "ref mut", pat.span), pat.span)
        b.var_local[pat.id] = local
        if k.sub is not None:
            b.bind_pattern(k.sub, place)
        return True
    if isinstance(k, ast.PatRef):
        b.bind_pattern(k.pat, place.deref())
        return True
    n = b.tcx.pat_derefs.get(pat.id)
    if n:
        b.bind_pattern(pat, derefs(place, n), peeled=True)
        return True
    return False


def test_hook(b, pat: ast.Pat, place: ir.Place, ty: Ty, fail: int) -> bool:
    k = pat.kind
    if isinstance(k, ast.PatRef):
        b.test_pattern(k.pat, place.deref(), ty.args[0] if ty.kind == "ref" else ERROR, fail)
        return True
    n = b.tcx.pat_derefs.get(pat.id)
    if n:
        for _ in range(n):
            ty = ty.args[0] if ty.kind == "ref" else ERROR
        b.test_pattern(pat, derefs(place, n), ty, fail, peeled=True)
        return True
    return False


def deref_operand(b, op: ir.Operand, ty: Ty, n: int, span) -> ir.Operand:
    """`op` (a reference of type `ty`) read through `n` of its references."""
    tmp = b.temp(ty, span)
    b.push(tmp, ir.Use(op), span)
    place = tmp
    for _ in range(n):
        place = place.deref()
    return ir.Copy(place, span)
