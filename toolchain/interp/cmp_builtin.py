"""The comparison methods of types whose comparisons are built in (primitives, `String`,
tuples, the learner's derived types): a call through a bound
(`<i32 as PartialEq>::eq`, `<i32 as PartialOrd>::partial_cmp`, mir/build_cmp.py) that
finds no body compares the values as the machine's `==` and `<` do. A learner's hand-written impl has a body and runs instead."""

from __future__ import annotations

_SUFFIXES = (" as PartialEq>::eq", " as PartialOrd>::partial_cmp")


def is_builtin(program, func: str) -> bool:
    return func.endswith(_SUFFIXES) and func not in program.bodies


def value(m, func: str, args: list):
    from .machine import _binary
    from .pointer import Pointer
    x, y = args[0].load(), args[1].load()
    while isinstance(x, Pointer) and isinstance(y, Pointer):
        x, y = x.load(), y.load()
    if func.endswith(" as PartialEq>::eq"):
        return _binary("==", x, y, None)
    # `partial_cmp`: `Some(Less | Equal | Greater)`, or `None` for a NaN
    if x < y:
        return [1, [-1]]
    if x == y:
        return [1, [0]]
    return [1, [1]] if x > y else [0]
