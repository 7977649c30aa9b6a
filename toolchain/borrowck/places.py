"""Places as the borrow checker sees them: their types, whether two of them overlap
(rustc's `places_conflict`), and how diagnostics name them (`describe_place`)."""

from __future__ import annotations

from ..mir import ir
from ..types import BORROWING_ADTS, Ty, subst


_HAS_REF: dict[Ty, bool] = {}
# The program's structs and enums with lifetime parameters (`Resolutions.region_adts`):
# types erase regions, so `Excerpt<'a>` is `Excerpt` and only its name tells.
_REGION_ADTS: list = [frozenset()]


def set_region_adts(names) -> None:
    names = frozenset(names)
    if names != _REGION_ADTS[0]:
        _REGION_ADTS[0] = names
        _HAS_REF.clear()


def has_ref(t: Ty | None) -> bool:
    """Does a value of this type hold a reference (a region, in rustc's terms)?
    Structs do when they have lifetime parameters."""
    if t is None:
        return False
    got = _HAS_REF.get(t)
    if got is None:
        got = t.kind == "ref" or (t.kind == "adt" and (t.name in BORROWING_ADTS
                                                       or t.name in _REGION_ADTS[0])) \
            or (t.kind == "opaque" and ("'" in t.name or "&" in t.name)) \
            or any(isinstance(a, Ty) and has_ref(a) for a in (t.args or ()))
        if len(_HAS_REF) < 4096:
            _HAS_REF[t] = got
    return got


def place_tys(body: ir.Body, place: ir.Place, adts: dict) -> list[Ty | None]:
    """The type of the local, then after each projection (None where unknown)."""
    t: Ty | None = body.locals[place.local].ty
    out = [t]
    for elem in place.proj:
        t = _project(t, elem, adts)
        out.append(t)
    return out


def _project(t: Ty | None, elem: tuple, adts: dict) -> Ty | None:
    if t is None:
        return None
    if elem[0] == "deref":
        if t.kind == "adt" and t.name in ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard") and t.args:
            return t.args[0]      # (std's smart pointers: a pointer in the machine too)
        return t.args[0] if t.kind == "ref" or elem == ("deref", "box") else None
    if elem[0] == "subslice":
        return t if t.kind == "slice" else None
    if t.kind in ("array", "slice"):
        return t.args[0]
    if elem[0] == "index":
        return None
    if t.kind == "closure":     # a closure's captures (typeck/closures.py)
        return t.args[2].args[elem[1]] if elem[1] < len(t.args[2].args) else None
    if t.kind == "tuple":
        return t.args[elem[1]] if elem[1] < len(t.args) else None
    if t.kind == "adt" and t.name in adts and adts[t.name].kind != "enum":
        tys = adts[t.name].tys
        if elem[1] >= len(tys):
            return None
        return subst(tys[elem[1]], t.args)   # a generic struct's field
    return None


def place_ty(body: ir.Body, place: ir.Place, adts: dict) -> Ty | None:
    return place_tys(body, place, adts)[-1]


def conflicts(borrowed: ir.Place, accessed: ir.Place, shallow: bool) -> bool:
    """May an access of `accessed` touch data borrowed at `borrowed`? Different fields
    are disjoint; indices may be equal. A shallow access (an assignment, a scope end)
    does not reach through a reference below the accessed place."""
    if borrowed.local != accessed.local:
        return False
    bp, ap = borrowed.proj, accessed.proj
    for x, y in zip(bp, ap):
        if x[0] == "field" and y[0] == "field" and x[1] != y[1]:
            return False
        if "subslice" in (x[0], y[0]) and _outside_subslice(x, y):
            return False
    if len(bp) <= len(ap):
        return True
    return not (shallow and any(el == ("deref",) for el in bp[len(ap):]))


def _outside_subslice(x: tuple, y: tuple) -> bool:
    """A slice pattern's element and its `rest @ ..` are disjoint: element i (from the
    end when negative) lies before the sub-slice's start or after its end."""
    sub, el = (x, y) if x[0] == "subslice" else (y, x)
    if el[0] != "field":
        return False
    i = el[1]
    return 0 <= i < sub[1] or (i < 0 and -i <= sub[2])


def describe(body: ir.Body, place: ir.Place, adts: dict) -> str | None:
    """The place as rustc writes it: `x`, `p.x` (auto-deref not shown), `*r`, `a[_]`."""
    name = body.locals[place.local].name
    start = 0
    upvars = getattr(body, "upvar_names", None)
    if upvars and place.local == 1 and place.proj and place.proj[0][0] == "field":
        # A closure's capture (`_1.i`, behind a deref when by reference) is named by
        # the place it captured (rustc's upvar names: `p.x`).
        name, by_ref = upvars[place.proj[0][1]]
        start = 2 if by_ref and place.proj[1:2] == (("deref",),) else 1
    if name is None:
        return None
    tys = place_tys(body, place, adts)
    text, derefs = name, 0
    for i, elem in enumerate(place.proj):
        if i < start:
            continue
        t = tys[i]
        if elem[0] == "deref":
            derefs += 1
            continue
        if t is None:
            return None
        if t.kind == "array":
            text = ("*" * derefs + text if derefs else text) + \
                ("[_]" if elem[0] == "index" else f"[{elem[1]}]")
        elif t.kind == "tuple":
            text = f"{text}.{elem[1]}"
        elif t.kind == "slice" and elem[0] in ("field", "subslice", "index"):
            # a slice pattern's element or rest: rustc writes `s[..]` (`s[_]`: an index)
            text = ("*" * derefs + text if derefs else text) + \
                ("[_]" if elem[0] == "index" else "[..]")
        elif t.kind == "adt" and t.name in adts and adts[t.name].kind != "enum" \
                and elem[0] == "field" and 0 <= elem[1] < len(adts[t.name].names):
            text = f"{text}.{adts[t.name].names[elem[1]]}"
        else:
            return None
        derefs = 0
    return "*" * derefs + text


def describe_any(body: ir.Body, place: ir.Place, adts: dict) -> str:
    """rustc's `describe_any_place`: the place in backticks, or `value`."""
    d = describe(body, place, adts)
    return f"`{d}`" if d is not None else "value"
