"""Comparisons that run the learner's ordering code.

`a < b` (..) on a type with a hand-written `PartialOrd` (mir/build_ord.py) tests the
`Option<Ordering>` its `partial_cmp` returned, as std's `PartialOrd::lt` (..) do:
`None` (incomparable) makes every one of them false.

std's sorts, `max`/`min` (free and `Iterator`'s), `binary_search` and the `_by_key`
forms compare through `std::iter::less` and `slice_sort`, which get the compared
type: for a type with a hand-written `Ord` they call the learner's `cmp` (a nested
run of the machine, as formatting does with a learner's `fmt`); for the others,
the machine's structural comparison. (typeck/user_ord.py refuses the types holding
such a type deeper down, whose order would need the learner's `cmp` per field.)
"""

from __future__ import annotations

from functools import cmp_to_key

from .pointer import Pointer

# op -> the orderings (`Less` -1, `Equal` 0, `Greater` 1) for which it holds
_HOLDS = {"<": (-1,), "<=": (-1, 0), ">": (1,), ">=": (1, 0)}


def ord_test(m, opt, op):
    return opt[0] == 1 and opt[1][0] in _HOLDS[op]     # (`None` is `[0]`)


def user_cmp(m, ty, a: Pointer, b: Pointer) -> int:
    """The learner's `cmp(a, b)` for `ty` (a key of `program.ord_impls`): -1, 0 or 1."""
    from .machine import Frame, Stop
    body = m.program.bodies[m.program.ord_impls[ty.name]]
    locals_ = [None] * len(body.locals)
    locals_[1], locals_[2] = a, b
    try:
        m._run([Frame(body, locals_, self_ty=ty)])
    except RecursionError:
        raise Stop("stack", "") from None
    return locals_[0][0]


def _peel(ty):
    n = 0
    while ty.kind == "ref":
        ty, n = ty.args[0], n + 1
    return ty, n


def iter_less(m, a, b, ty):
    """`*a < *b` for `std::iter::less(a: &T, b: &T)` (`ty`: `&T`)."""
    t, n = _peel(ty)
    if t.kind == "adt" and t.name in m.program.ord_impls:
        for _ in range(n - 1):     # (down to the `&Rev` the learner's `cmp` takes)
            a, b = a.load(), b.load()
        return user_cmp(m, t, a, b) < 0
    x, y = a.load(), b.load()
    while isinstance(x, Pointer):
        x, y = x.load(), y.load()
    return x < y


def slice_sort(m, s, ty):
    """`v.sort()` / `sort_unstable()` (`ty`: `&mut Vec<T>` or `&mut [T]`): stable."""
    from .shims_vec import elements
    xs = s.load()
    t, _ = _peel(ty)
    elem, n = _peel(t.args[0]) if t.args else (t, 0)
    if elem.kind == "adt" and elem.name in m.program.ord_impls:
        def key(x, y):
            for _ in range(n):
                x, y = x.load(), y.load()
            return user_cmp(m, elem, Pointer([x], 0), Pointer([y], 0))
        got = sorted(elements(xs), key=cmp_to_key(key))
    else:
        got = sorted(elements(xs))
    for i, v in enumerate(got):
        xs[i] = v
    return ()


SHIMS = {"ord_test": ord_test, "iter_less": iter_less, "slice_sort": slice_sort}
