"""Lowering the deref coercion (typeck/deref.py): `e` of type `&X` used where `&Y` is
expected becomes the reborrow `&*..*e`, each step a `deref` projection, or for a
`Deref` impl a call of its `deref` (which gives a reference to deref in turn)."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, ref, slice_ty
from . import ir


def skip(b) -> int:
    return getattr(b, "deref_coercion_skip", -1)


def applies(b, e: ast.Expr) -> bool:
    return e.id in b.tcx.deref_coercions and e.id != skip(b)


def coerce_into(b, e: ast.Expr, dest: ir.Place) -> None:
    steps, mutable = b.tcx.deref_coercions[e.id]
    t = b.ty_of(e)
    tmp = b.temp(t, e.span)
    saved, b.deref_coercion_skip = skip(b), e.id
    b.expr_into(e, tmp)
    b.deref_coercion_skip = saved
    place, t = tmp.deref(), t.args[0]
    text = False
    for how in steps:
        if how is None:
            place, t = place.deref(), t.args[0]
        elif how == "slice":       # a `Vec`'s place is its slice's
            t = slice_ty(t.args[0])
        elif how == "str":         # a `String`'s `&str` is its text, read (build_collections)
            text = True
        else:
            place, t = overloaded(b, place, t, how, e.span)
    text = text or t.kind == "str"     # (`&**s` of a `&&str`: the machine's `&str` is the text)
    b.push(dest, ir.Ref(place, mutable and not text, e.span, e.span, text), e.span)


def coerce_operand(b, e: ast.Expr) -> ir.Operand:
    steps, mutable = b.tcx.deref_coercions[e.id]
    t = b.ty_of(e).args[0]
    for how in steps:
        t = t.args[0] if how is None else slice_ty(t.args[0]) if how == "slice" \
            else Ty("str") if how == "str" else how[2]
    tmp = b.temp(ref(t, mutable), e.span)
    coerce_into(b, e, tmp)
    return ir.Copy(tmp, e.span)


def overloaded(b, place: ir.Place, t: Ty, how, span) -> tuple[ir.Place, Ty]:
    """`*Deref::deref(&place)`: the call's result is a reference to the target."""
    out, target = deref_call(b, place, t, how, span)
    if t.kind == "adt" and t.name in ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"):   # (borrowck/smart_moves.py)
        b.__dict__.setdefault("smart_derefs", {})[out.local] = t
    return out.deref(), target


def receiver(b, k: ast.ExprMethodCall, steps: list) -> tuple[ir.Place, Ty]:
    """A method receiver reached through `Deref` impls (typeck/deref.py `method_call`):
    the place holding the last `&Target` and its type."""
    return _through(b, k.receiver, steps)


def index_base(b, k: ast.ExprIndex, steps: list) -> tuple[ir.Place, Ty]:
    """The indexed expression of `w[i]` reached through `Deref` impls (typeck/index_deref.py),
    as for a method receiver."""
    return _through(b, k.expr, steps)


def _through(b, e: ast.Expr, steps: list) -> tuple[ir.Place, Ty]:
    """`e` followed along `steps` (built-in derefs, then one `deref` call each): the place
    holding the last `&Target`, and its type."""
    from .build_refs import derefs
    place, t = b.as_place(e, read=True), b.ty_of(e)
    for n, how in steps:
        place = derefs(place, n)
        for _ in range(n):
            t = t.args[0]
        place, target = deref_call(b, place, t, how, e.span)
        t = ref(target, how[3])
    return place, t


def deref_call(b, place: ir.Place, t: Ty, how, span) -> tuple[ir.Place, Ty]:
    key, args, target, mutable = how[:4]
    r = b.temp(ref(t, mutable), span)
    b.push(r, ir.Ref(place, mutable, span, span), span)
    out = b.temp(ref(target, mutable), span)
    nb = b.new_block()
    # (a 5th entry: the bounded parameter whose impl runs, typeck/param_deref.py)
    b.terminate(ir.Call(key, [ir.Copy(r, span)], out, nb, span, args, span,
                        how[4] if len(how) > 4 else None))
    b.cur = nb
    return out, target


# -- unsizing to a trait object (typeck/dyn_coerce.py) ------------------------------------

def dyn_applies(b, e: ast.Expr) -> bool:
    return e.id in b.tcx.dyn_coercions and e.id != getattr(b, "dyn_coercion_skip", -1)


def dyn_into(b, e: ast.Expr, dest: ir.Place) -> None:
    """The pointer `e` made a fat pointer: it carries the concrete type whose impls
    the trait object's methods run (interp/shims_box.py `dyn_make`)."""
    saved, b.dyn_coercion_skip = getattr(b, "dyn_coercion_skip", -1), e.id
    op = b.operand(e)
    b.dyn_coercion_skip = saved
    from .build_collections import shim
    shim(b, "dyn_make", [op, ir.Const(b.tcx.dyn_coercions[e.id], Ty("tuple"))], dest, e.span)


def dyn_operand(b, e: ast.Expr) -> ir.Operand:
    tmp = b.temp(b.tcx.expr_types.get(e.id, Ty("error")), e.span)
    dyn_into(b, e, tmp)
    from .build_drops import builder_needs
    return ir.Move(tmp, e.span, builder_needs(b, b.locals[tmp.local].ty))
