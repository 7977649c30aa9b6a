"""Drop glue, as the machine runs it (mir/build_drops.py puts the `drop` terminators).

Dropping a value runs the learner's `Drop::drop` on it (if its type implements Drop),
then drops its fields in declaration order (an enum's active variant's), a tuple's or
array's elements in order, a `Vec`'s elements in order, a box's content; std's
reference-counted and borrow-guard types release what they hold (interp/shims_rc.py).
A place emptied by a move (`ir.Move.clear`) holds None and is skipped, and a dropped
place is emptied, so nothing is dropped twice.
"""

from __future__ import annotations

from ..mir.build_drops import needs_drop
from ..types import Ty, subst
from .pointer import DynPointer, Pointer, place_pointer


def drop_place(m, locals_: list, term) -> None:
    place, ty = term.extra
    ptr = place_pointer(locals_, place) if place.proj else Pointer(locals_, place.local)
    if ptr.load() is None:
        return
    drop_value(m, ptr, ty)
    ptr.store(None)


def unwind(m, frames: list) -> int:
    """A panic unwinds `frames` (innermost first): each frame's owned values are dropped,
    latest declared first, as rustc's cleanup blocks do. What was moved out or already
    dropped is empty and skipped. Gives the fuel left after it.

    A panic inside a `Drop` impl while unwinding aborts the process in rustc; Ferrite
    stops unwinding there and reports the first panic (not modelled yet)."""
    from .machine import Panic
    m.unwinding = True
    try:
        while frames:
            fr = frames.pop()
            for i in range(len(fr.locals) - 1, 0, -1):
                t = fr.body.locals[i].ty
                if fr.locals[i] is not None and _needs(m, t):
                    ptr = Pointer(fr.locals, i)
                    drop_value(m, ptr, t)
                    ptr.store(None)
    except Panic:
        pass
    finally:
        m.unwinding = False
    return m.fuel_limit - m.fuel_used


def _needs(m, t: Ty) -> bool:
    info = m.__dict__.get("_drop_info")
    if info is None:
        info = m._drop_info = (m.program.adts, getattr(m.program, "drop_adts", frozenset()), {})
    return needs_drop(t, *info)


def drop_value(m, ptr: Pointer, t: Ty) -> None:
    """Run the drop glue of the value `ptr` points to, of type `t`."""
    v = ptr.load()
    if v is None or not _needs(m, t):
        return
    k = t.kind
    if k == "tuple" or k == "array":
        for i, x in enumerate(v):
            drop_value(m, Pointer(v, i), t.args[0] if k == "array" else t.args[i])
        return
    if k == "closure":      # the captured values (interp/closures.py: a list, body last)
        for i, ct in enumerate(t.args[2].args):
            drop_value(m, Pointer(v, i), ct)
        return
    if k == "dyn":
        if isinstance(v, DynPointer):
            drop_value(m, Pointer(v.container, v.key), v.ty)
        return
    if k != "adt":
        return
    name = t.name
    if name in m.program.drop_adts:
        _user_drop(m, ptr, t)
        v = ptr.load()
    if name == "Box":
        if isinstance(v, DynPointer):
            drop_value(m, Pointer(v.container, v.key), v.ty)
        else:
            drop_value(m, v, t.args[0])
        return
    if name == "Vec":
        for i in range(len(v)):
            drop_value(m, Pointer(v, i), t.args[0])
        return
    glue = _STD.get(name)
    if glue is not None:
        glue(m, v, t)
        return
    layout = m.program.adts.get(name)
    if layout is None or type(v) is not list:
        return
    if layout.kind == "enum":
        variant = layout.variant_of(v[0])
        tys, base = variant.tys, 1
    else:
        tys, base = layout.tys, 0
    for i, ft in enumerate(tys):
        drop_value(m, Pointer(v, base + i), subst(ft, t.args) if t.args else ft)


def _user_drop(m, ptr: Pointer, t: Ty) -> None:
    from .machine import Frame, Stop
    key = f"<{t.name} as Drop>::drop"
    args = ()
    if t.args:
        from .dyn_dispatch import select
        text, args = select(m.program, "Drop", t)
        key = f"<{text} as Drop>::drop"
    body = m.instance(key, args) if args else m.program.bodies[key]
    locals_ = [None] * len(body.locals)
    locals_[1] = Pointer(ptr.container, ptr.key)     # &mut self
    try:
        m._run([Frame(body, locals_, self_ty=t)])
    except RecursionError:
        raise Stop("stack", "") from None


# std types whose glue is the machine's own: name -> glue(machine, value, type)
from .shims_rc import GLUE as _STD       # noqa: E402
from .shims_sync import GLUE as _SYNC    # noqa: E402
from .shims_cell import GLUE as _CELL    # noqa: E402
from .shims_map import GLUE as _MAP      # noqa: E402
_STD = {**_STD, **_CELL, **_MAP, **_SYNC, "Arc": _STD["Rc"]}
from .shims_chan import GLUE as _CHAN    # noqa: E402
_STD.update(_CHAN)
