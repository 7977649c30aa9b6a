"""What `std::thread::spawn` requires of its closure: `F: FnOnce() -> T + Send + 'static`
and `T: Send + 'static`.

Ferrite's std declares `spawn` without those bounds (it has no auto traits and no
region checking of `'static` yet), so they are checked here, once captures are known:
- a closure that borrows the function's locals (not `move`): rustc's E0373, with the
  note that the function requires `'static`, reported by the borrow checker
  (borrowck/closure_escape.py) as for a returned closure;
- a captured value or result holding a reference: refused as unsupported (rustc
  requires `'static` there: E0597 unless the reference is itself `'static`);
- a captured value or result that is not `Send` (`Rc`, `RefCell`, a lock guard):
  refused as unsupported (rustc's E0277 "cannot be sent between threads safely").
"""

from __future__ import annotations

from ..types import Ty
from ..unsupported import unsupported
from . import send_errors

KEY = "std::thread::spawn"

# std types that are not `Send` (or hold a non-`Sync` reference when shared).
_NOT_SEND = ("Rc", "Weak", "Cell", "RefCell", "Ref", "RefMut", "MutexGuard", "RwLockReadGuard",
             "RwLockWriteGuard",
             "std::rc::Rc", "std::rc::Weak", "std::cell::Cell", "std::cell::RefCell")


def note_call(fcx, e, k) -> None:
    """A call of `spawn`: its closure argument is checked once captures are known."""
    if len(k.args) == 1:
        fcx.__dict__.setdefault("spawn_calls", []).append((e, k.args[0]))


def note_let(fcx, k) -> None:
    """`let name = "literal";` (not `mut`, annotated or not): a binding whose reference
    is `'static`, so a `move` closure may take it to a thread. (Ferrite has no regions
    yet: other references, even annotated `&'static`, stay refused.)"""
    from ..syntax import ast
    p = k.pat.kind
    if not isinstance(p, ast.PatIdent) or p.by_ref or p.mutable or p.sub is not None:
        return
    if isinstance(k.init.kind, ast.ExprLit) and k.init.kind.lit.kind == "str":
        fcx.__dict__.setdefault("static_lets", set()).add(k.pat.id)


def _static(fcx, c) -> bool:
    """A capture by value of a binding known to hold a `&'static` shared reference."""
    return c.mode == "value" and not c.projs and c.pat_id in fcx.__dict__.get("static_lets", ())


def check(fcx, infos) -> None:
    from ..borrowck.places import has_ref
    calls = fcx.__dict__.get("spawn_calls")
    if not calls:
        return
    by_id = {i.expr.id: i for i in infos}
    for call, arg in calls:
        info = by_id.get(arg.id)
        if info is None:
            continue
        borrows = [c for c in info.captures if c.mode != "value"]
        # rustc's typeck proves `F: Send` before borrowck sees the borrows (E0373).
        if send_errors.check_spawn(fcx, call, info):
            continue
        if borrows and not info.node.move:
            info.escapes = True          # E0373 (borrowck/closure_escape.py)
            info.static_call = call.span
            continue
        tys = [fcx.infer.resolve(c.ty) for c in info.captures if not _static(fcx, c)] + \
            [fcx.infer.resolve(info.ret)]
        if any(has_ref(t) for t in tys) or borrows:
            fcx.diags.append(unsupported(info.node.decl_span, "a thread's closure holding a "
                                         "reference (`spawn` requires `'static`)"))
        elif any(_not_send(t) for t in tys):
            fcx.diags.append(unsupported(info.node.decl_span, "a value that is not `Send` "
                                         "(`Rc`, `RefCell`, ..) sent to another thread"))


def _not_send(t: Ty) -> bool:
    if t.kind == "adt" and t.name in _NOT_SEND:
        return True
    return t.kind in ("adt", "tuple", "array", "slice", "ref") and \
        any(isinstance(a, Ty) and _not_send(a) for a in t.args)
