"""std's own hand-written `PartialOrd`/`Ord` impls (`Reverse<T>`'s): the machine calls
their `partial_cmp`/`cmp` from its comparisons (interp/shims_ord.py), which no MIR call
names, so the on-demand lowering of std's bodies (driver.py `_std_bodies`) would never
reach them. They are lowered once a body of the program holds a value of such a type."""

from __future__ import annotations

from ..std import is_std_span


def keys(res, tcx) -> list[str]:
    """The std comparison bodies the program's values can need (usually none)."""
    cx = tcx.traits
    if cx is None:
        return []
    out: dict[str, list[str]] = {}
    for impls in (cx.pord_impls, cx.ord_impls):
        for name, key in impls.items():
            item = res.fns.get(key)
            if item is not None and is_std_span(item.span):
                out.setdefault(name, []).append(key)
    return [k for name, ks in out.items() for k in ks] if out else []


def needed(bodies: dict, names: set) -> set:
    """The names of `names` some local of `bodies` mentions."""
    seen: set = set()
    found: set = set()
    for body in bodies.values():
        for decl in body.locals:
            _walk(decl.ty, names, seen, found)
    return found


def _walk(t, names: set, seen: set, found: set) -> None:
    # (a module function, not a closure: a recursive closure is a reference cycle,
    # tests/toolchain/test_check_leaves_no_cycles.py)
    if t in seen:
        return
    seen.add(t)
    if t.kind == "adt" and t.name in names:
        found.add(t.name)
    for a in t.args:
        _walk(a, names, seen, found)


def lower(bodies: dict, todo: list, res, tcx) -> None:
    cx = tcx.traits
    ks = keys(res, tcx)
    if not ks:
        return
    by_name = {}
    for impls in (cx.pord_impls, cx.ord_impls):
        for name, key in impls.items():
            if key in ks:
                by_name.setdefault(name, []).append(key)
    from .. import mir, typeck
    for name in needed(bodies, set(by_name)):
        for key in by_name[name]:
            if key in bodies:
                continue
            item = res.fns[key]
            res.resolver.std_body(item)
            typeck.check_std_body(res, tcx, key)
            bodies[key] = mir.build_body(key, item, res, tcx)
            todo.append(bodies[key])
