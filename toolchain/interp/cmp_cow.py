"""Comparisons of `Cow`s (typeck/cow_cmp.py has rustc's impls): std's impls compare what
each side derefs to (`**self == **other`, `&**self == other`), so a `Cow::Borrowed("a")`
equals a `Cow::Owned(String::from("a"))`; the machine's plain comparison would compare
the variants. Each side is taken to its text or its elements, through references and a
`Cow`'s deref; elements compare through interp/cmp_typed.py (a learner's `eq` runs)."""

from __future__ import annotations

from ..types import Ty
from .pointer import Pointer
from .slices import SliceView

_HOLDS = {"<": (-1,), "<=": (-1, 0), ">": (1,), ">=": (1, 0)}


def std_cow(adts) -> bool:
    """The program's `Cow` is std's (std/borrow.rs: `Borrowed(&B)` and
    `Owned(<B as ToOwned>::Owned)`), not a learner's enum of that name."""
    layout = adts.get("Cow")
    return layout is not None and getattr(layout, "kind", None) == "enum" \
        and [v.name for v in layout.variants] == ["Borrowed", "Owned"] \
        and len(layout.variants[1].tys) == 1 and layout.variants[1].tys[0].name == "ToOwned::Owned"


def _load(v):
    while isinstance(v, Pointer):
        v = v.load()
    return v


def target(ty: Ty, v):
    """(elements type or None for text, the text or the list of elements) of a side."""
    v = _load(v)
    while ty.kind == "ref":
        ty = ty.args[0]
    if ty.kind == "adt" and ty.name == "Cow":
        v, ty = _load(v[1]), ty.args[0]       # (either variant: the borrowed or owned value)
    if isinstance(v, str):
        return None, v
    if isinstance(v, SliceView):
        return ty.args[0] if ty.args else None, v.items()
    return ty.args[0] if ty.args else None, list(v)


def ordering(m, lty: Ty, rty: Ty, x, y, total: bool = False):
    """-1, 0, 1 or None of the two sides' targets (slices lexicographically)."""
    from . import cmp_typed
    et, xs = target(lty, x)
    _, ys = target(rty, y)
    if et is None:
        return -1 if xs < ys else 0 if xs == ys else 1
    return cmp_typed._lex(m, et, xs, ys, total)


def equal(m, lty: Ty, rty: Ty, x, y) -> bool:
    from . import cmp_typed
    et, xs = target(lty, x)
    _, ys = target(rty, y)
    if et is None:
        return xs == ys
    return len(xs) == len(ys) and all(cmp_typed.eq(m, et, a, b) for a, b in zip(xs, ys))


def compare(m, x, y, op: str, lty: Ty, rty: Ty) -> bool:
    """The shim of a comparison operator with a `Cow` on a side (mir/build_cmp.cow_into)."""
    if op == "==":
        return equal(m, lty, rty, x, y)
    if op == "!=":
        return not equal(m, lty, rty, x, y)
    c = ordering(m, lty, rty, x, y)
    return c is not None and c in _HOLDS[op]


SHIMS = {"cmp_cow": compare}
