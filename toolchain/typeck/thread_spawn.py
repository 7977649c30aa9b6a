"""What `std::thread::spawn` requires of its closure: `F: FnOnce() -> T + Send + 'static`
and `T: Send + 'static`.

Ferrite's std declares `spawn` without those bounds (it has no auto traits and no
region checking of `'static` yet), so they are checked here, once captures are known:
- a closure that borrows the function's locals (not `move`): rustc's E0373, with the
  note that the function requires `'static`, reported by the borrow checker
  (borrowck/closure_escape.py) as for a returned closure;
- a captured value or result holding a reference: refused as unsupported (rustc
  requires `'static` there: E0597 unless the reference is itself `'static`);
- a captured value or result that is not `Send` (auto_traits.py derives it as rustc
  does): rustc's E0277 (send_errors.py), proved before the borrows are; what Ferrite
  cannot decide or word is refused as unsupported. `Scope::spawn`'s `F: Send` too.
"""

from __future__ import annotations

from ..unsupported import unsupported
from . import send_errors
from .auto_traits import why

KEY = "std::thread::spawn"


def note_call(fcx, e, k) -> None:
    """A call of `spawn`: its closure argument is checked once captures are known."""
    if len(k.args) == 1:
        fcx.__dict__.setdefault("spawn_calls", []).append((e, k.args[0]))


def note_scope_call(fcx, e, k, key: str) -> None:
    """A `Scope::spawn(closure)`: its closure must be `Send` (its borrows are the
    borrow checker's: borrowck/scoped_threads.py)."""
    from ..borrowck.scoped_threads import is_scope_spawn
    if len(k.args) == 1 and is_scope_spawn(fcx, key):
        fcx.__dict__.setdefault("spawn_calls", []).append((e, k.args[0], k))


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
    for call, arg, *scope in calls:
        info = by_id.get(arg.id)
        if info is None:
            continue
        if scope:
            send_errors.check_spawn(fcx, call, info, scope[0])
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
        elif any(why(fcx, t, "Send") is not None for t in tys):
            fcx.diags.append(unsupported(info.node.decl_span, "a value whose `Send` Ferrite "
                                         "cannot decide (a type parameter, a tuple, ..) sent "
                                         "to another thread"))

