"""Pattern usefulness, the algorithm behind exhaustiveness and reachability
(rustc_pattern_analysis; Maranget, "Warnings for pattern matching").

Patterns are deconstructed into a constructor applied to sub-patterns. Integer and
char constructors are inclusive ranges; a column's ranges are split at every
boundary the patterns in it introduce, so that each piece is either fully covered
by a pattern or not at all, and uncovered pieces become the witnesses rustc prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Ty, int_range
from . import slice_ctors

# Constructors ----------------------------------------------------------------------------
# ("wild",)                 matches anything
# ("bool", b)
# ("range", lo, hi)         integers and chars (code points), inclusive
# ("tuple",)                the single constructor of a tuple type (and of a struct)
# ("array",)                the single constructor of an array type [T; N]: N fields of T
#                           (rustc's fixed-length Slice constructor)
# ("variant", i)            variant i of an enum (Ty("enum", name)); `enum_fields` gives
#                           each variant's field types
# ("slice", n, None)        a slice `[T]` of exactly n elements (rustc's FixedLen)
# ("slice", p, s)           a slice of at least p + s elements, its first p and last s
#                           as fields (rustc's VarLen, `[a, .., z]`); see slice_ctors.py
# ("ref",)                 the single constructor of a reference type; its field is the pointee
# ("opaque", key)           values we cannot enumerate (strings, floats): never exhaustive
#                           without a wildcard


@dataclass
class DPat:
    ctor: tuple
    fields: list["DPat"] = field(default_factory=list)
    ty: Ty | None = None


WILD = ("wild",)

# Unicode scalar values: the surrogates are not chars.
CHAR_RANGES = [(0, 0xD7FF), (0xE000, 0x10FFFF)]


def wild(ty: Ty | None) -> DPat:
    return DPat(WILD, [], ty)


def _full_ranges(ty: Ty) -> list[tuple[int, int]]:
    if ty.kind == "char":
        return list(CHAR_RANGES)
    return [int_range(ty.name)]


# Enum name -> the field types of each variant, set by the checker for one crate.
ENUM_FIELDS: dict[str, list[list[Ty]]] = {}
# A generic enum's field types as declared (with its parameters), and the checker's
# `shape`, to analyse `Ty("enum", name, args)` at its arguments.
ENUM_DECLARED: dict[str, list[list[Ty]]] = {}
SHAPE = [lambda t: t]


def variant_field_tys(ty: Ty, i: int) -> list[Ty]:
    if not ty.args:
        return ENUM_FIELDS[ty.name][i]
    from ..types import subst
    return [SHAPE[0](subst(t, ty.args)) for t in ENUM_DECLARED[ty.name][i]]


def _arity(ctor: tuple, ty: Ty) -> int:
    return len(_field_tys(ctor, ty))


def _field_tys(ctor: tuple, ty: Ty) -> list[Ty]:
    if ctor[0] == "tuple":
        return list(ty.args)
    if ctor[0] == "array":
        return [ty.args[0]] * int(ty.name)
    if ctor[0] == "variant":
        return list(variant_field_tys(ty, ctor[1]))
    if ctor[0] == "ref":
        return [ty.args[0]]
    if ctor[0] == "slice":
        return [ty.args[0]] * (ctor[1] + (ctor[2] or 0))
    return []


def _covers(a: tuple, b: tuple) -> bool:
    """Does constructor `a` (from a pattern) cover every value of constructor `b`?"""
    if a[0] == "wild":
        return True
    if a[0] == "range" and b[0] == "range":
        return a[1] <= b[1] and b[2] <= a[2]
    if a[0] == "slice" and b[0] == "slice":
        return slice_ctors.covers(a, b)
    return a == b


def _split(ty: Ty, heads: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """(present, missing) constructors of `ty`, refined by the column's heads."""
    k = ty.kind
    if k == "bool":
        ctors = [("bool", True), ("bool", False)]    # rustc's order: `true` first
    elif k in ("int", "char"):
        cuts: set[int] = set()
        for h in heads:
            if h[0] == "range":
                cuts.add(h[1])
                cuts.add(h[2] + 1)
        ctors = []
        for lo, hi in _full_ranges(ty):
            points = sorted(c for c in cuts if lo < c <= hi)
            start = lo
            for p in points:
                ctors.append(("range", start, p - 1))
                start = p
            ctors.append(("range", start, hi))
    elif k == "tuple":
        ctors = [("tuple",)]
    elif k == "array":
        ctors = [("array",)]
    elif k == "slice":
        ctors = slice_ctors.split(heads)
    elif k == "ref" and ty.args[0].kind != "str":
        ctors = [("ref",)]          # `&T`: one constructor, its field the pointee
    elif k == "enum":
        ctors = [("variant", i) for i in range(len(ENUM_FIELDS[ty.name]))]
    else:
        # Opaque types: only the constructors that appear, plus an unlisted rest.
        present = [h for h in dict.fromkeys(heads) if h[0] == "opaque"]
        return present, [("opaque-rest",)]
    present = [c for c in ctors if any(_covers(h, c) for h in heads)]
    missing = [c for c in ctors if not any(_covers(h, c) for h in heads)]
    return present, missing


def _specialize(row: list[DPat], ctor: tuple, ty: Ty) -> list[DPat] | None:
    head = row[0]
    if head.ctor[0] == "wild":
        return [wild(t) for t in _field_tys(ctor, ty)] + row[1:]
    if _covers(head.ctor, ctor):
        if head.ctor[0] == "slice" and head.ctor[2] is not None:
            return slice_ctors.specialize(head, _arity(ctor, ty), ty) + row[1:]
        return list(head.fields) + row[1:]
    return None


def _apply(ctor: tuple, ty: Ty, witness: list[DPat]) -> list[DPat]:
    n = _arity(ctor, ty)
    return [DPat(ctor, witness[:n], ty)] + witness[n:]


def missing_witnesses(rows: list[list[DPat]], tys: list[Ty], top: bool = True) -> list[list[DPat]]:
    """Pattern vectors matched by no row (all of them, as rustc lists them)."""
    if not tys:
        return [] if rows else [[]]
    ty = tys[0]
    heads = [r[0].ctor for r in rows if r[0].ctor[0] != "wild"]
    present, missing = _split(ty, heads)
    out: list[list[DPat]] = []
    # rustc's relevancy: when constructors are missing, only the missing ones yield
    # witnesses; those under a present constructor are not reported.
    for ctor in ([] if missing else present):
        sub = [r2 for r in rows if (r2 := _specialize(r, ctor, ty)) is not None]
        for w in missing_witnesses(sub, _field_tys(ctor, ty) + tys[1:], False):
            out.append(_apply(ctor, ty, w))
    if missing:
        default = [r[1:] for r in rows if r[0].ctor[0] == "wild"]
        rest = missing_witnesses(default, tys[1:], False)
        if rest:
            # rustc names the missing constructors one by one, unless none of the
            # type's constructors appear in the column below the top level: then `_`.
            if present or top:
                ctors = [c for c in missing if c[0] != "opaque-rest"] or [WILD]
            else:
                ctors = [WILD]
            for w in rest:
                for c in ctors:
                    # (a missing constructor's fields are plain `_`, even a `&str`'s,
                    # which prints `&_` only where its column was split)
                    head = wild(ty) if c[0] in ("wild", "opaque-rest") else \
                        DPat(c, [wild(None) for _ in _field_tys(c, ty)], ty)
                    out.append([head] + w)
    return out


def is_useful(rows: list[list[DPat]], v: list[DPat], tys: list[Ty]) -> bool:
    """Does `v` match some value that no row matches?"""
    if not tys:
        return not rows
    ty = tys[0]
    head = v[0]
    if head.ctor[0] == "wild":
        heads = [r[0].ctor for r in rows if r[0].ctor[0] != "wild"]
        present, missing = _split(ty, heads)
        if missing:
            default = [r[1:] for r in rows if r[0].ctor[0] == "wild"]
            if is_useful(default, v[1:], tys[1:]):
                return True
        for ctor in present:
            sub = [r2 for r in rows if (r2 := _specialize(r, ctor, ty)) is not None]
            if is_useful(sub, _specialize(v, ctor, ty), _field_tys(ctor, ty) + tys[1:]):
                return True
        return False
    # A concrete constructor (split against the rows' boundaries when it is a range).
    heads = [r[0].ctor for r in rows if r[0].ctor[0] != "wild"] + [head.ctor]
    pieces = [c for c in _split(ty, heads)[0] if _covers(head.ctor, c)] \
        if head.ctor[0] == "range" or head.ctor[0] == "slice" and head.ctor[2] is not None \
        else [head.ctor]
    for ctor in pieces:
        sub = [r2 for r in rows if (r2 := _specialize(r, ctor, ty)) is not None]
        if is_useful(sub, _specialize(v, ctor, ty), _field_tys(ctor, ty) + tys[1:]):
            return True
    return False
