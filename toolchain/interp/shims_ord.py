"""Comparisons that run the learner's ordering code.

`a < b` (..) on a type with a hand-written `PartialOrd` (mir/build_ord.py) tests the
`Option<Ordering>` its `partial_cmp` returned, as std's `PartialOrd::lt` (..) do:
`None` (incomparable) makes every one of them false.

std's `max`/`min` (free and `Iterator`'s, `_by_key` too) and `binary_search` compare
through `std::iter::less` (`Ord::cmp`), its sorts through `slice_sort` and
`std::iter::lt` (`PartialOrd::lt`, as rustc's sorts do); these get the compared
type: for a type with a hand-written `cmp` / `partial_cmp` they call it (a nested
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


def _run_user(m, key: str, ty, a: Pointer, b: Pointer):
    from .machine import Frame, Stop
    body = m.program.bodies[key]
    locals_ = [None] * len(body.locals)
    locals_[1], locals_[2] = a, b
    try:
        m._run([Frame(body, locals_, self_ty=ty)])
    except RecursionError:
        raise Stop("stack", "") from None
    return locals_[0]


def user_cmp(m, ty, a: Pointer, b: Pointer) -> int:
    """The learner's `cmp(a, b)` for `ty` (a key of `program.ord_impls`): -1, 0 or 1."""
    return _run_user(m, m.program.ord_impls[ty.name], ty, a, b)[0]


def user_lt(m, ty, a: Pointer, b: Pointer) -> bool:
    """`PartialOrd::lt` through the learner's `partial_cmp`: `Some(Less)`."""
    got = _run_user(m, m.program.pord_impls[ty.name], ty, a, b)
    return got[0] == 1 and got[1][0] == -1


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
    if _typed(m, t):     # (a tuple, a derived type holding one: interp/cmp_typed.py)
        from .cmp_typed import entry, order
        return order(m, *entry(ty, a, b), True) == -1
    x, y = a.load(), b.load()
    while isinstance(x, Pointer):
        x, y = x.load(), y.load()
    return x < y


def iter_lt(m, a, b, ty):
    """`*a < *b` as `PartialOrd::lt` for `std::iter::lt(a: &T, b: &T)` (`ty`: `&T`)."""
    t, n = _peel(ty)
    if t.kind == "adt" and t.name in m.program.pord_impls:
        for _ in range(n - 1):
            a, b = a.load(), b.load()
        return user_lt(m, t, a, b)
    if _typed(m, t):
        from .cmp_typed import entry, order
        return order(m, *entry(ty, a, b)) == -1
    x, y = a.load(), b.load()
    while isinstance(x, Pointer):
        x, y = x.load(), y.load()
    return x < y


def slice_sort(m, s, ty):
    """`v.sort()` / `sort_unstable()` (`ty`: `&mut Vec<T>` or `&mut [T]`): stable; as
    rustc's, it compares with `PartialOrd::lt` (the learner's `partial_cmp`, if any)."""
    from .shims_vec import elements
    xs = s.load()
    t, _ = _peel(ty)
    elem, n = _peel(t.args[0]) if t.args else (t, 0)
    if elem.kind == "adt" and elem.name in m.program.pord_impls:
        def key(x, y):
            for _ in range(n):
                x, y = x.load(), y.load()
            px, py = Pointer([x], 0), Pointer([y], 0)
            return -1 if user_lt(m, elem, px, py) else 1 if user_lt(m, elem, py, px) else 0
        got = sorted(elements(xs), key=cmp_to_key(key))
    elif _typed(m, elem):     # (`Vec<(i32, Task)>`: `lt` through the learner's `partial_cmp`)
        from .cmp_typed import entry, order

        def key(x, y):
            t, x, y = entry(elem, x, y)
            return -1 if order(m, t, x, y) == -1 else 1 if order(m, t, y, x) == -1 else 0
        got = sorted(elements(xs), key=cmp_to_key(key))
    else:
        got = sorted(elements(xs))
    for i, v in enumerate(got):
        xs[i] = v
    return ()


def ord_cmp(m, a, b, ty):
    """`Ord::cmp(a, b)` (`ty`: `&T`) for std/cmp.rs's `ord_cmp`: `Ordering`."""
    from .cmp_typed import entry, order
    return [order(m, *entry(ty, a, b), True)]


def ord_partial_cmp(m, a, b, ty):
    """`PartialOrd::partial_cmp(a, b)` (`ty`: `&T`): `Option<Ordering>`."""
    from .cmp_typed import entry, order
    c = order(m, *entry(ty, a, b))
    return [0] if c is None else [1, [c]]


def ord_eq(m, a, b, ty):
    """`PartialEq::eq(a, b)` (`ty`: `&T`)."""
    from .cmp_typed import entry, eq
    return eq(m, *entry(ty, a, b))


def _typed(m, t) -> bool:
    from .cmp_typed import holds
    return holds(m.program, t)


SHIMS = {"ord_test": ord_test, "iter_less": iter_less, "iter_lt": iter_lt,
         "slice_sort": slice_sort, "ord_cmp": ord_cmp, "ord_partial_cmp": ord_partial_cmp,
         "ord_eq": ord_eq}
