"""`[V]::concat` of nested sequences: rustc's `Concat<T>` for `[V] where V: Borrow<[T]>`
gives `Vec<T>` (`vec![vec![1], vec![2]].concat()`, `[[1, 2], [3, 4]].concat()`), where
Ferrite's std declares only the `String` of `[S] where S: Borrow<str>` (std/vec.rs). This
check gives the call its `Vec<T>` type for elements that are `Vec<T>`, arrays `[T; N]`,
or references to either or to slices; the machine concatenates by the slice's type
(interp/shims_vec.py `slice_concat`). `T` must be copied faithfully (its `Clone` a plain
copy: typeck/iter_clone.py), else the call is refused honestly."""

from __future__ import annotations

from ..types import Ty, display
from ..unsupported import unsupported


def inner(fcx, elem: Ty) -> Ty | None:
    """`T` of a `V: Borrow<[T]>` element, or None (not a nested sequence)."""
    t = fcx.infer.resolve(elem)
    if t.kind == "ref":
        t = fcx.infer.resolve(t.args[0])
        if t.kind == "slice":
            return t.args[0]
    if t.kind == "array" or t.kind == "adt" and t.name == "Vec":
        return t.args[0]
    return None


def ret(fcx, k, elem: Ty) -> Ty | None:
    """The call's type (`Vec<T>`), None when the elements are not nested sequences."""
    from .iter_clone import _plain
    t = inner(fcx, elem)
    if t is None:
        return None
    r = fcx.infer.resolve(t)
    if r.kind not in ("var", "intvar", "floatvar") and not _plain(fcx, r, False):
        fcx.diags.append(unsupported(k.segment.ident.span, f"`concat` of sequences of "
                                     f"`{display(r)}`"))
    return Ty("adt", "Vec", (t,))
