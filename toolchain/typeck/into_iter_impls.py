"""The learner's `impl IntoIterator for MyList` (and `for &MyList`): std's trait
(std/iter.rs) without rustc's bound `type IntoIter: Iterator<Item = Self::Item>`, which
`check_impls` checks instead; and `for x in list` over such a type, which calls its
`into_iter` before the loop (rustc's desugaring), recorded in
`TypeckResults.for_into_iter` for mir/build_for_iter.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Ty, display
from .mismatch_helps import _is_simple
from ..unsupported import unsupported

TRAIT = "IntoIterator"


@dataclass(frozen=True)
class IntoIterCall:
    key: str            # the impl's `into_iter`
    ty: Ty              # its `IntoIter`, the loop's iterator


def check_impls(res, results, cx, diags: list) -> None:
    """Each learner impl's `IntoIter` must be an iterator of its `Item`."""
    from .projection import normalize_with, proj
    from ..std import is_std_span
    for s, per in cx.impls.items():
        info = per.get(TRAIT)
        if info is None or is_std_span(info.imp.header):
            continue
        item, it = info.assoc.get("Item"), info.assoc.get("IntoIter")
        own = info.imp.items.get("IntoIter")
        if item is None or it is None or own is None:
            continue       # (E0046 says so)
        got = normalize_with(results, proj("Iterator", "Item", it))
        if got.kind != "proj" and got == item:
            continue
        if got.kind != "proj" and _is_simple(got) and _is_simple(item):
            diags.append(_e0271(own.item.kind.ty.span, it, item, got))
        else:
            diags.append(unsupported(own.item.span, f"an `IntoIter` that is not an iterator "
                                                    f"of `{display(item)}`"))


def _e0271(at, it: Ty, want: Ty, got: Ty):
    """rustc's E0271 for the trait's bound `IntoIter: Iterator<Item = Self::Item>`."""
    from ..diagnostics.model import Diagnostic
    from ..std_locations import std_span
    from ..types import describe
    e = Diagnostic.error(f"expected `{display(it)}` to be an iterator that yields "
                         f"`{display(want)}`, but it yields `{display(got)}`", at,
                         f"expected {describe(want)}, found {describe(got)}", code="E0271")
    e.note("required by a bound in `std::iter::IntoIterator::IntoIter`",
           std_span("core::iter::IntoIterator::IntoIter"))
    return e


def for_loop(fcx, t: Ty) -> IntoIterCall | None:
    """`for x in t` where `t` has the learner's (non-generic) `IntoIterator` impl."""
    cx = fcx.results.traits
    info = cx.impls.get(t, {}).get(TRAIT) if cx is not None else None
    if info is None or info.imp.is_generic or "into_iter" not in info.keys:
        return None
    it = info.assoc.get("IntoIter")
    if it is None or info.keys["into_iter"] in cx.broken:
        return None
    return IntoIterCall(info.keys["into_iter"], it)


def has_generic_impl(fcx, t: Ty) -> bool:
    """Might a generic impl of the learner's (`impl<T> IntoIterator for L<T>`) apply?"""
    from . import impl_select
    cx = fcx.results.traits
    if cx is None or not cx.matched:
        return False
    return any(info.imp.trait == TRAIT for info in cx.matched.get(impl_select.head(t), ()))
