"""E0053 for a method of a trait of std's source (`fn try_from(v: u32) -> Result<Self,
u32>` where `TryFrom`'s says `Result<Self, Self::Error>`): rustc relates the two
signatures as types of another crate, so its label names the innermost part that
differs (`expected `String`, found `u32``), its signature note compares them as its
`cmp` does (`fn(_) -> Result<_, String>`), it has no "type in trait" note (the trait's
source is not the learner's) and it suggests the expected type written out."""

from __future__ import annotations

from ..types import Ty, display
from .ref_to_self import erase
from .type_diff import diff_strings


def narrow(want: Ty, got: Ty) -> tuple[Ty, Ty]:
    """The first pair of differing parts under heads the two types share."""
    while want.kind == got.kind and want.kind in ("adt", "tuple", "ref") \
            and want.name == got.name and want.mutable == got.mutable \
            and len(want.args) == len(got.args) and want.args:
        pair = next(((a, b) for a, b in zip(want.args, got.args) if a != b), None)
        if pair is None:
            break
        want, got = pair
    return want, got


def sig_texts(wparams, wret, gparams, gret) -> tuple[str, str]:
    def part(a: Ty, b: Ty) -> tuple[str, str]:
        if a == b:
            shown = display(erase(a), full=True)
            return shown, shown
        return diff_strings(a, b, lambda t, _within: display(t, full=True))
    ps = [part(a, b) for a, b in zip(wparams, gparams)]
    r = part(wret, gret)

    def text(i: int) -> str:
        params = "fn(" + ", ".join(p[i] for p in ps) + ")"
        ret = (wret, gret)[i]
        return params + ("" if ret.is_unit else f" -> {r[i]}")
    return text(0), text(1)
