"""Borrows sealed inside a closure.

A closure that captures `t` by reference holds a borrow of `t` in its own type (its
upvars). When the closure's result holds no reference, calling it cannot hand that
borrow out: the borrow can only live where the closure itself lives. So it reaches a
value only if that value's type can contain the closure: the closure type, an adapter
holding it (`Filter<Iter<i32>, {closure}>`), a reference to one, or a type that hides
what it holds (a parameter, `dyn`, `impl Trait`, a struct with lifetimes).

This is what lets `v.iter().filter(|&&x| x > t).collect()` return borrows of `v`
without keeping `t` borrowed, as rustc's region inference does: the result
`Vec<&'v i32>` names no region of the closure's.
"""

from __future__ import annotations

from ..types import BORROWING_ADTS, Ty
from . import places

SEAL = 1 << 40          # node id of a closure's sealed captures: SEAL + its local

_LEAVES = frozenset({"int", "float", "bool", "char", "str", "never", "fndef", "tuple",
                     "array", "slice", "ref", "adt"})


def may_hold_closure(t: Ty | None) -> bool:
    """Can a value of type `t` hold a closure (or hide one: a parameter, `dyn`, a struct
    with lifetimes)?"""
    if t is None or t.kind not in _LEAVES:
        return True
    if t.kind == "adt" and (t.name in BORROWING_ADTS or t.name in places._REGION_ADTS[0]):
        return True
    return any(may_hold_closure(a) for a in t.args if isinstance(a, Ty))


def sealing(closure_ty: Ty | None) -> bool:
    """Does this closure seal its captured borrows (its result holds none)?"""
    if closure_ty is None or closure_ty.kind != "closure" or len(closure_ty.args) < 2:
        return False
    ret = closure_ty.args[1]
    return not places.has_ref(ret) and not may_hold_closure(ret)


def capture_sealed(closure_ty: Ty | None, cap_ty: Ty | None, adts: dict) -> bool:
    """Is one by-reference capture sealed although the closure's result holds
    references? It is when no reference in the result can point into the captured
    value: `|c| c.find(v)` returns an `Option<&Node>`, which no `&i32` borrowed from
    `v` can become (rustc's regions keep the two apart)."""
    if closure_ty is None or closure_ty.kind != "closure" or len(closure_ty.args) < 2 \
            or cap_ty is None or cap_ty.kind != "ref":
        return False
    ret, inner = closure_ty.args[1], cap_ty.args[0]
    if may_hold_closure(ret) or places.has_ref(inner) or may_hold_closure(inner):
        return False
    inside = _reachable(inner, adts, set())
    if inside is None:
        return False
    return all(t not in inside for t in _pointees(ret))


def _pointees(t: Ty) -> list:
    out = [t.args[0]] if t.kind == "ref" else []
    for a in t.args:
        if isinstance(a, Ty):
            out += _pointees(a)
    return out


def _reachable(t: Ty, adts: dict, seen: set) -> set | None:
    """Every type a reference into a `t` value may have (the value, its fields and
    elements, transitively), or None when that is not known."""
    if t in seen:
        return seen
    seen.add(t)
    if t.kind == "str":
        return seen
    if t.kind == "adt" and t.name in adts and not t.args:
        lay = adts[t.name]
        tys = list(lay.tys) + [x for v in lay.variants for x in v.tys]
    elif t.kind == "adt" and t.name in adts:
        return None          # (a generic adt's fields would need substituting)
    else:
        tys = [a for a in t.args if isinstance(a, Ty)]
    if t.kind == "adt" and t.name == "String":
        seen.add(Ty("str"))
    if t.kind == "adt" and t.name == "Vec" and tys:
        seen.add(Ty("slice", args=(tys[0],)))
    for x in tys:
        if _reachable(x, adts, seen) is None:
            return None
    return seen
