"""Autoderef in the type checker (rustc's `Autoderef`): what one deref step of a type
gives, built in (a reference, a box) or through a `Deref` impl, and the deref
coercion `&X` to `&Y` at coercion sites (`&Box<List>` passed as `&List`).

A coercion is recorded for MIR as `TypeckResults.deref_coercions[expr id] = (steps,
mutable)`: the steps the reborrow `&*..*e` goes through, each None (a built-in
deref projection) or the `Deref::deref` call that gives it (mir/build_deref.py).
"""

from __future__ import annotations

from ..types import Ty, is_box

MAX_STEPS = 16      # (rustc's recursion limit is higher; no learner's type needs more)


def step(fcx, t: Ty) -> tuple[Ty, object] | None:
    """(the type `*t` has, how it is reached) or None when `t` does not deref."""
    t = fcx.infer.shallow(t)
    if (t.kind == "ref" and t.args[0].kind != "str") or is_box(t):
        return t.args[0], None
    return None


def could_unify(fcx, a: Ty, b: Ty) -> bool:
    """Whether `a` and `b` may be made equal (a probe: nothing is bound)."""
    a, b = fcx.infer.shallow(a), fcx.infer.shallow(b)
    if a.kind in ("var", "error") or b.kind in ("var", "error"):
        return True
    if a.kind in ("intvar", "floatvar") or b.kind in ("intvar", "floatvar"):
        other = b if a.kind in ("intvar", "floatvar") else a
        var = a if other is b else b
        return other.kind == var.kind or other.kind == ("int" if var.kind == "intvar" else "float")
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable or len(a.args) != len(b.args):
        return False
    return all(could_unify(fcx, x, y) for x, y in zip(a.args, b.args))


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """The deref coercion of `&X` (or `&mut X`) to `&Y`; None when it does not apply."""
    sh = fcx.infer.shallow
    f, x = sh(found), sh(expected)
    if f.kind != "ref" or x.kind != "ref" or (x.mutable and not f.mutable):
        return None
    src, want = sh(f.args[0]), sh(x.args[0])
    if src.kind in ("var", "error") or want.kind in ("var", "error") or could_unify(fcx, src, want):
        return None
    e = getattr(fcx, "last_recorded", None)
    if e is None or fcx.types.get(e.id) is not found:
        return None       # not the expression just checked: no coercion to record
    steps, t = [], src
    for _ in range(MAX_STEPS):
        got = step(fcx, t)
        if got is None:
            return None
        t, how = got
        steps.append(how)
        if could_unify(fcx, t, want) and fcx.infer.unify(t, want):
            fcx.results.deref_coercions[e.id] = (tuple(steps), x.mutable)
            return True
    return None
