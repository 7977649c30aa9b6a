"""`==` and `<` (..) on tuples whose elements are not all primitives: `(i32, Name)`
where `Name` is the learner's type. std's tuple impls compare element by element, so a
tuple is comparable when each element is: built in, derived, or written by hand (the
machine then compares through the learner's methods: interp/cmp_typed.py). None when
Ferrite cannot vouch for an element (the caller refuses it honestly)."""

from __future__ import annotations

from ..types import Ty


def comparable(fcx, t: Ty, op: str) -> bool:
    trait = "PartialEq" if op in ("==", "!=") else "PartialOrd"
    return t.kind == "tuple" and all(_element(fcx, a, trait) for a in t.args)


def _element(fcx, t: Ty, trait: str) -> bool:
    from .check import _comparable
    from .derive_cmp import ordered
    if _comparable(t):
        return True
    if t.kind == "ref":
        return _element(fcx, t.args[0], trait)
    from .cow_cmp import implements as cow_implements    # (`(i32, Cow<str>)`: cmp_cow.py)
    if t.kind == "adt" and cow_implements(fcx, t, trait):
        return True
    if t.kind == "tuple":
        return all(_element(fcx, a, trait) for a in t.args)
    if trait == "PartialOrd":
        return ordered(fcx.results, t, trait)
    if t.kind in ("array", "slice"):
        return _element(fcx, t.args[0], trait)
    if t.kind == "adt":
        layout = fcx.results.adts.get(t.name)
        return layout is not None and trait in layout.derives \
            and all(_element(fcx, a, trait) for a in t.args)
    return False
