"""`==` between different sequence types: arrays, slices and `Vec`s.

std declares `PartialEq` between `[T; N]`, `[T]`, `&[T]` and `Vec<T>` in many
mixed combinations (`s.as_bytes() == b"abc"`: `&[u8] == &[u8; 3]`, `v == [1, 2]`),
beyond the plain `A == A` that unification covers. Built in here until operators go
through std's trait impls, like typeck/string_ops.py does for text. Element types are
unified (`T: PartialEq<U>` with `T == U` in every program Ferrite accepts); when they
differ, the caller's ordinary mismatch is reported. Only `==` / `!=`: `PartialOrd`
has no mixed impls.
"""

from __future__ import annotations

from ..types import Ty


def _shape(t: Ty) -> tuple[str, Ty] | None:
    if t.kind in ("array", "slice") and t.args:
        return t.kind, t.args[0]
    if t.kind == "adt" and t.name == "Vec" and t.args:
        return "vec", t.args[0]
    if t.kind == "ref" and t.args and t.args[0].kind in ("array", "slice"):
        return "&" + t.args[0].kind, t.args[0].args[0]
    return None


# (left, right) shapes with a std impl `PartialEq<right> for left` (beyond A == A).
_IMPLS = {("array", "slice"), ("slice", "array"), ("array", "&slice"), ("&slice", "array"),
          ("vec", "&slice"), ("vec", "slice"), ("vec", "array"), ("vec", "&array"),
          ("&slice", "vec"), ("slice", "vec")}


def compare(fcx, op: str, lt: Ty, rt: Ty) -> bool:
    """True when `lt op rt` is a mixed sequence comparison std allows (its element
    types now unified)."""
    if op not in ("==", "!="):
        return False
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    # `&A == &B` is `A == B` (std's `impl PartialEq<&B> for &A`).
    while a.kind == "ref" and b.kind == "ref":
        a, b = a.args[0], b.args[0]
    sa, sb = _shape(a), _shape(b)
    if sa is None or sb is None or (sa[0], sb[0]) not in _IMPLS:
        return False
    if sa[0] in ("array", "&array") and sb[0] in ("array", "&array") and a != b:
        return False
    return fcx.infer.unify(sa[1], sb[1])
