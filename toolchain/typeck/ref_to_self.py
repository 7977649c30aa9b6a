"""A value found as a reference to the very type expected (`x` of type `&T` returned
as `T`, `&Option<T>` as `Option<T>`, `&Sender<String>` passed as `Sender<String>`):
rustc's expected/found note compares the type with itself, which writes every part the
two share as `_` (`expected type parameter `_``, `found reference `&_``,
`Option<_>`, `(_, String)`), and it gives no "the caller chooses a type" note."""

from __future__ import annotations

from ..types import Ty


def is_ref_to_self(exp: Ty, fnd: Ty) -> bool:
    if fnd.kind != "ref":
        return False
    while fnd.kind == "ref":
        fnd = fnd.args[0]
    return fnd == exp


def erase(t: Ty) -> Ty:
    """`t` as rustc's type comparison writes it against itself: an argument of a
    struct or enum whole as `_`, a tuple element by the same rule, and any other type
    (a parameter, a primitive) as `_`; a struct without arguments keeps its name."""
    if t.kind == "ref":
        return Ty("ref", args=(erase(t.args[0]),), mutable=t.mutable)
    if t.kind == "adt":
        return Ty("adt", t.name, tuple(_HOLE for _ in t.args), t.mutable, t.id) if t.args else t
    if t.kind == "tuple":
        return Ty("tuple", args=tuple(erase(a) for a in t.args)) if t.args else t
    return _HOLE


_HOLE = Ty("param", "_")
