"""rustc's E0277 for an unmet bound of std's reference-conversion traits (`AsRef<U>`,
`AsMut<U>`, `Borrow<U>`) by a scalar or an array: `count(42)` for `S: AsRef<str>`
("the trait bound `{integer}: AsRef<str>` is not satisfied").

rustc's `report_similar_impl_candidates` lists the trait's impls whose self type is of
the same rough kind as the argument's (its `type_category`: integers and floats one
kind, arrays and slices another). For these traits no std impl is for a scalar, so a
scalar gets the bare error; an array gets `AsRef`'s and `AsMut`'s impls for `[T]` and
`[T; N]`, cited at their places in std's sources (recorded from rustc 1.95), unless
the target may be the array's own slice (rustc accepts: refused by the caller). Other
self types (references, tuples, strings, `Borrow` of an array: "but trait
`Borrow<[T]>` is implemented for it") are left to the caller's "unsupported".
"""

from __future__ import annotations

from ..diagnostics.model import CitedPlace, Diagnostic
from ..std_locations import LIBRARY
from ..types import Ty, display

_TRAITS = ("AsRef", "AsMut", "Borrow")

# trait -> the impls rustc lists for an array self type: (file, line, col, label)
_ARRAY_IMPLS = {
    "AsRef": [("core/src/convert/mod.rs", 845, 0, "`[T]`"),
              ("core/src/array/mod.rs", 205, 0, "`[T; N]`")],
    "AsMut": [("core/src/convert/mod.rs", 854, 0, "`[T]`"),
              ("core/src/array/mod.rs", 214, 0, "`[T; N]`")],
}


def _scalar(t: Ty) -> bool:
    # (a tuple too: no std impl of these traits is for a tuple)
    return t.kind in ("int", "float", "bool", "char", "intvar", "floatvar", "tuple")


def _may_be_own_slice(t: Ty, target: Ty) -> bool:
    """Whether `target` may be the slice of the array `t`'s elements: rustc's
    `AsRef<[T]> for [T; N]` would then hold, an impl Ferrite's std lacks (no const
    generics yet), so the caller refuses the call as unsupported instead."""
    if target.kind == "var":
        return True
    if target.kind != "slice":
        return False
    return _same_or_unknown(t.args[0], target.args[0])


def _same_or_unknown(a: Ty, b: Ty) -> bool:
    if a.kind == "var" or b.kind == "var" or a.is_error or b.is_error:
        return True
    if a.kind in ("intvar", "floatvar") or b.kind in ("intvar", "floatvar"):
        lit, other = (a, b) if a.kind in ("intvar", "floatvar") else (b, a)
        want = "int" if lit.kind == "intvar" else "float"
        return other.kind in (lit.kind, want)
    if a.kind != b.kind or a.name != b.name or len(a.args) != len(b.args):
        return False
    return all(_same_or_unknown(x, y) for x, y in zip(a.args, b.args))


def e0277(fcx, ob, t: Ty, tref) -> Diagnostic | None:
    """The error for `t: tref` unmet at the call of `ob` (`t` as rustc shows it, a
    literal's `{integer}` kept), or None when not one of the forms above."""
    if tref.trait not in _TRAITS or len(tref.args) != 1:
        return None
    if t.kind == "array":
        impls = _ARRAY_IMPLS.get(tref.trait)
        if impls is None or _may_be_own_slice(t, fcx.infer.resolve(tref.args[0])):
            return None
    elif _scalar(t):
        impls = None
    else:
        return None
    shown = tref.show()
    s = display(t)
    at = ob.arg or ob.func
    d = Diagnostic.error(f"the trait bound `{s}: {shown}` is not satisfied", at,
                         f"the trait `{shown}` is not implemented for `{s}`", code="E0277")
    if ob.arg is not None:
        d.secondary(ob.func, "required by a bound introduced by this call")
    if impls is not None:
        child = Diagnostic("help", f"the following other types implement trait "
                                   f"`{tref.trait}<T>`")
        child.external = [CitedPlace(f"{LIBRARY}{f}", line, col, label)
                          for f, line, col, label in impls]
        d.children.append(child)
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    return d
