"""Comparisons guided by the compared type, for values holding a type whose comparison
the learner wrote by hand (`impl PartialEq for Name`, `impl Ord for Task`).

The machine's plain comparison (`_binary`, Python's `==`/`<` on its lists) is exact for
primitives and for derived and std comparisons of them; it cannot know that a `Name`
deep inside a `Vec<(i32, Name)>` compares through `Name::eq`. So, as rustc's derived
and std impls do, the walk here follows the type: a tuple, array, slice, `Vec`,
`Option`, a derived struct or enum compare part by part (enums: variant order first),
and a part whose type has a hand-written impl runs the learner's method (a nested run
of the machine, as interp/shims_ord.py does for `cmp`). Which types need this is
decided once per type (`holds`, cached on the program); the others keep the fast path.

An ordering is `-1`, `0`, `1`, or `None` (incomparable, `partial_cmp`'s `None`); in
`total` mode (`Ord::cmp`: sorts through `cmp`, `max`, the B-trees) a hand-written type
runs its `cmp`, otherwise its `partial_cmp`, as std's `Ord` and `PartialOrd` impls of
aggregates call their parts' `cmp` and `partial_cmp`.
"""

from __future__ import annotations

from ..types import Ty, subst
from . import cmp_cow, cmp_maps
from .pointer import Pointer

_SEQS = ("Vec", "VecDeque")
_BOXES = ("Box", "Rc", "Arc")
_HOLDS = {"<": (-1,), "<=": (-1, 0), ">": (1,), ">=": (1, 0)}


def _impls(program):
    return (getattr(program, "eq_impls", None) or {}, program.pord_impls, program.ord_impls)


def holds(program, ty: Ty) -> bool:
    """`ty` is, or holds somewhere (through references, std's containers, a derived
    type's fields), a type with a hand-written `PartialEq`, `PartialOrd` or `Ord`."""
    cache = program.__dict__.setdefault("_cmp_typed_holds", {})
    got = cache.get(ty)
    if got is None:
        eq, pord, ord_ = _impls(program)
        # (a `Cow` compares what it points at, not its variant: interp/cmp_cow.py)
        got = bool(eq or pord or ord_ or cmp_cow.std_cow(program.adts)) \
            and holds_in(program.adts, (eq, pord, ord_), ty, set())
        cache[ty] = got
    return got


def holds_in(adts: dict, impls: tuple, ty: Ty, seen: set) -> bool:
    """`holds` over ADT layouts and the impl tables (typeck and MIR use it too)."""
    if ty.kind == "adt":
        if any(ty.name in i for i in impls) or ty.name == "Cow" and cmp_cow.std_cow(adts):
            return True
        if any(holds_in(adts, impls, a, seen) for a in ty.args):
            return True
        layout = adts.get(ty.name)
        if layout is None or ty.name in seen:
            return False
        seen.add(ty.name)
        tys = list(layout.tys)
        for v in layout.variants:
            tys += list(getattr(v, "tys", []) or [])
        return any(holds_in(adts, impls, t, seen) for t in tys)
    return any(holds_in(adts, impls, a, seen) for a in ty.args)


def _run(m, key: str, ty: Ty, x, y):
    from .shims_ord import _run_user
    return _run_user(m, key, ty, Pointer([x], 0), Pointer([y], 0))


def _load(v):
    while isinstance(v, Pointer):
        v = v.load()
    return v


def entry(ty: Ty, x, y):
    """The compared values and their type with the references taken off (a
    comparison's operands may be borrowed: mir/build_collections.compare_operand)."""
    while ty.kind == "ref":
        ty = ty.args[0]
    if ty.kind == "adt" and ty.name in _BOXES:
        return ty, x, y
    return ty, _load(x), _load(y)


def eq(m, ty: Ty, x, y) -> bool:
    """`x == y` for values of type `ty` (references already taken off)."""
    p = m.program
    k = ty.kind
    if k == "ref":
        return eq(m, ty.args[0], _load(x), _load(y))
    if k == "adt":
        if ty.name == "Cow" and cmp_cow.std_cow(p.adts):
            return cmp_cow.equal(m, ty, ty, x, y)
        key = _impls(p)[0].get(ty.name)
        if key is not None:
            return bool(_run(m, key, ty, x, y))
        if ty.name in _BOXES:
            return eq(m, ty.args[0], x.load(), y.load())
        if ty.name in _SEQS:
            xs, ys = list(x), list(y)
            return len(xs) == len(ys) and all(eq(m, ty.args[0], a, b) for a, b in zip(xs, ys))
        if ty.name in cmp_maps.MAPS and ty.args:     # (by the learner's `eq` of their parts)
            return cmp_maps.eq(m, ty, x, y, eq)
        layout = p.adts.get(ty.name)
        if layout is not None and type(x) is list:
            tys = _fields(layout, ty, x)
            if layout.kind == "enum":
                if x[0] != y[0]:
                    return False
                x, y = x[1:], y[1:]
            return all(eq(m, t, a, b) for t, a, b in zip(tys, x, y))
    elif k == "tuple":
        return all(eq(m, t, a, b) for t, a, b in zip(ty.args, x, y))
    elif k in ("array", "slice"):
        from .slices import elements
        xs, ys = elements(x), elements(y)
        return len(xs) == len(ys) and all(eq(m, ty.args[0], a, b) for a, b in zip(xs, ys))
    from .machine import _binary
    return _binary("==", x, y, ty)


def _fields(layout, ty: Ty, x: list) -> list:
    if layout.kind == "enum":
        layout = layout.variant_of(x[0])
    return [subst(t, ty.args) for t in layout.tys]


def order(m, ty: Ty, x, y, total: bool = False):
    """`partial_cmp(x, y)` (`cmp` when `total`): -1, 0, 1 or None."""
    p = m.program
    k = ty.kind
    if k == "ref":
        return order(m, ty.args[0], _load(x), _load(y), total)
    if k == "adt":
        if ty.name == "Cow" and cmp_cow.std_cow(p.adts):
            return cmp_cow.ordering(m, ty, ty, x, y, total)
        own = p.ord_impls.get(ty.name) if total else None
        if own is not None:
            return _run(m, own, ty, x, y)[0]
        own = p.pord_impls.get(ty.name)
        if own is not None:
            got = _run(m, own, ty, x, y)
            return got[1][0] if got[0] == 1 else None
        if ty.name in _BOXES:
            return order(m, ty.args[0], x.load(), y.load(), total)
        if ty.name in _SEQS:
            return _lex(m, ty.args[0], list(x), list(y), total)
        layout = p.adts.get(ty.name)
        if layout is not None and type(x) is list:
            if layout.kind == "enum" and x[0] != y[0]:
                return -1 if x[0] < y[0] else 1
            tys = _fields(layout, ty, x)
            if layout.kind == "enum":
                x, y = x[1:], y[1:]
            return _parts(m, tys, x, y, total)
    elif k == "tuple":
        return _parts(m, ty.args, x, y, total)
    elif k in ("array", "slice"):
        from .slices import elements
        return _lex(m, ty.args[0], elements(x), elements(y), total)
    if x < y:
        return -1
    if x == y:
        return 0
    return 1 if x > y else None


def _parts(m, tys, xs, ys, total):
    for t, a, b in zip(tys, xs, ys):
        c = order(m, t, a, b, total)
        if c != 0:
            return c
    return 0


def _lex(m, t, xs, ys, total):
    c = _parts(m, [t] * min(len(xs), len(ys)), xs, ys, total)
    if c != 0:
        return c
    return -1 if len(xs) < len(ys) else 0 if len(xs) == len(ys) else 1


def compare(m, x, y, op: str, ty: Ty) -> bool:
    """The shim of a comparison operator on such values (mir/build_cmp.typed_into)."""
    t, x, y = entry(ty, x, y)
    if op == "==":
        return eq(m, t, x, y)
    if op == "!=":
        return not eq(m, t, x, y)
    c = order(m, t, x, y)
    return c is not None and c in _HOLDS[op]


SHIMS = {"cmp_typed": compare}
