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
