"""Closures in the machine.

A closure value is a list: its captures in order (a `Pointer` for a capture by
reference, the value itself for a capture by value) followed by its code, the pair
(body key, generic arguments). Being a list, it is copied like any aggregate when the
closure is `Copy`, and its captures are fields that MIR places reach (`_1.i`), so a
closure composes with references (pointer.py): `&mut f` points at the very list an
`FnMut` call updates. A function item used as a value is an `ir.FnRef`.
"""

from __future__ import annotations

from ..mir import ir
from .pointer import Pointer


def make(m, locals_: list, rv: ir.MakeClosure) -> list:
    return [m._op(locals_, o) for o in rv.ops] + [(rv.body, rv.generic_args)]


def enter(m, locals_: list, term: ir.Call):
    """The frame of a call of a value (closure or function item)."""
    consumes = type(term.callee) is ir.Move and term.callee.clear
    return frame(m, m._op(locals_, term.callee), [m._op(locals_, a) for a in term.args],
                 consumes, term.dest, term.target)


def frame(m, fv, args: list, consumes: bool, dest=None, target: int = 0):
    """A frame running the closure or function value `fv` on `args`; `consumes`: the
    call owns a closure (`FnOnce`), dropped when it returns."""
    from .machine import Frame
    while isinstance(fv, Pointer):     # (a box or fat pointer of a `dyn Fn..` too)
        fv = fv.load()
    if type(fv) is list:
        key, gargs = fv[-1]
        first = 2
    else:
        key, gargs = fv.name, fv.generic_args
        first = 1
    body = m.program.bodies[key] if not gargs else m.instance(key, gargs)
    new_locals = [None] * len(body.locals)
    if first == 2:
        new_locals[1] = fv
    for i, a in enumerate(args):
        new_locals[i + first] = a
    fr = Frame(body, new_locals, 0, dest, target, None)
    if first == 2 and consumes:
        consumed(fr)
    return fr


def consumed(fr) -> None:
    """A closure called by value (`FnOnce`): the call owns it, so what it captured and
    did not move out is dropped when the call returns, as rustc's `call_once` does."""
    t = fr.body.locals[1].ty
    if t is not None and t.kind == "closure":
        fr.drop_env = t


def drop_env(m, fr) -> None:
    from .drops import drop_value
    from .pointer import Pointer
    if fr.locals[1] is not None:
        drop_value(m, Pointer(fr.locals, 1), fr.drop_env)
        fr.locals[1] = None
