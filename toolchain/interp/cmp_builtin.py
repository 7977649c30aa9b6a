"""The comparison methods of types whose comparisons are built in (primitives, `String`,
tuples, the learner's derived types): a call through a bound
(`<i32 as PartialEq>::eq`, `<i32 as PartialOrd>::partial_cmp`, mir/build_cmp.py) that
finds no body compares the values as the machine's `==` and `<` do. A learner's hand-written impl has a body and runs instead."""

from __future__ import annotations

_SUFFIXES = (" as PartialEq>::eq", " as PartialOrd>::partial_cmp", " as Ord>::cmp")


def is_builtin(program, func: str) -> bool:
    return func.endswith(_SUFFIXES) and func not in program.bodies


def value(m, func: str, args: list, self_ty=None):
    from .machine import _binary
    from .pointer import Pointer
    from . import cmp_typed
    if self_ty is not None and cmp_typed.holds(m.program, self_ty):
        # (`(i32, Name)`, `&Name`, a derived type holding one: through the learner's methods)
        t, x, y = cmp_typed.entry(self_ty, args[0], args[1])
        if func.endswith(" as PartialEq>::eq"):
            return cmp_typed.eq(m, t, x, y)
        c = cmp_typed.order(m, t, x, y, func.endswith(" as Ord>::cmp"))
        return [c] if func.endswith(" as Ord>::cmp") else [0] if c is None else [1, [c]]
    x, y = args[0].load(), args[1].load()
    while isinstance(x, Pointer) and isinstance(y, Pointer):
        x, y = x.load(), y.load()
    if func.endswith(" as PartialEq>::eq"):
        return _binary("==", x, y, None)
    if func.endswith(" as Ord>::cmp"):     # (a total order: no NaN here)
        return [-1] if x < y else [0] if x == y else [1]
    # `partial_cmp`: `Some(Less | Equal | Greater)`, or `None` for a NaN
    if x < y:
        return [1, [-1]]
    if x == y:
        return [1, [0]]
    return [1, [1]] if x > y else [0]
