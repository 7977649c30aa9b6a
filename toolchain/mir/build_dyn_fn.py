"""Calls of a pointer to a closure trait object (typeck/dyn_fn.py): `f(3)` with `f` a
`Box<dyn Fn(i32) -> i32>`, `&dyn Fn(i32) -> i32` or `&mut dyn FnMut()` (through any
references to it: `for f in &fs { f(1) }`).

As rustc's `<Box<F> as Fn>::call` / `<&F as Fn>::call`, the call reaches the object
through the pointers: `Fn` borrows `*f` shared, `FnMut` borrows it mutably (so a box
must be a `mut` binding, and a `&dyn FnMut` cannot be called: the borrow checker's
E0596), and `FnOnce` moves the box itself."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, is_box, ref
from . import ir


def _object(ft: Ty):
    t, steps = ft, 0
    while t.kind == "ref" or is_box(t):
        t, steps = t.args[0], steps + 1
    if steps and t.kind == "dyn" and len(t.args) == 2:
        return t, steps
    return None


def applies(ft: Ty) -> bool:
    return _object(ft) is not None


def call_into(b, e: ast.Expr, k: ast.ExprCall, ft: Ty, dest: ir.Place) -> None:
    obj, steps = _object(ft)
    if obj.name == "FnOnce":
        callee = b.read(b.as_place(k.func, read=True), ft, k.func.span)
        # (E0382 on a second call says the call moved it: borrowck/captures.py)
        from .build_closures import state
        root = state(getattr(b, "closure_root", b))
        root.fnonce_calls[(k.func.span.lo, k.func.span.hi)] = (e.span, _NO_ORIGIN)
    else:
        # Through references to the box (or to the object), as `<&mut F as FnMut>`:
        # `*f` is borrowed; a box itself is borrowed as `<Box<F> as FnMut>` does.
        place, t = b.as_place(k.func, read=True), ft
        while t.kind == "ref":
            place, t = place.deref(), t.args[0]
        mut = obj.name == "FnMut"
        tmp = b.temp(ref(obj, mut), k.func.span)
        b.push(tmp, ir.Ref(place, mut, k.func.span, k.func.span), k.func.span)
        callee = ir.Move(tmp)
    args = [b.operand(a) for a in k.args]
    nb = b.new_block()
    b.terminate(ir.Call("", args, dest, nb, e.span, (), k.func.span, callee=callee))
    b.cur = nb


class _NoOrigin:
    """A trait object's call: no closure of this body whose capture made it FnOnce."""
    kind_origin = None
    keeps_type_label = True     # rustc's "move occurs because `f` has type `Box<dyn FnOnce()>`"


_NO_ORIGIN = _NoOrigin()
