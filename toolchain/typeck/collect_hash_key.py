"""rustc's E0277s for a `collect` into a `HashSet` (or a `HashMap`) keyed by a float:
the collection's `FromIterator` impl is for its own elements, but its bounds
`K: Eq + Hash` fail, so rustc reports each unmet bound ("the trait bound `f64: Eq` is
not satisfied", then `Hash`), with the number types that implement it and the impl
the bound belongs to ("required for `HashSet<f64>` to implement `FromIterator<f64>`").
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import std_span
from ..types import Ty, display

# rustc lists the integer types, the other numbers that have the traits.
_NUMBERS = "i128\ni16\ni32\ni64\ni8\nisize\nu128\nu16\nand 4 others"


def _key(t: Ty, item: Ty) -> Ty | None:
    """The float key of `t` when the items are its elements."""
    if t.kind != "adt" or t.name not in ("HashSet", "HashMap"):
        return None
    n = 1 if t.name == "HashSet" else 2
    if len(t.args) < n or t.args[0].kind != "float":
        return None
    want = t.args[0] if n == 1 else Ty("tuple", args=tuple(t.args[:2]))
    return t.args[0] if item == want else None


def e0277(fcx, e, ob, t: Ty, tref) -> bool:
    """Report the two errors; False when `collect` is not such a call."""
    key = _key(t, tref.args[0])
    if key is None or e.kind.segment.args is not None:
        return False
    k = display(key)
    for trait in ("Eq", "Hash"):
        d = Diagnostic.error(f"the trait bound `{k}: {trait}` is not satisfied", ob.func,
                             f"the trait `{trait}` is not implemented for `{k}`", code="E0277")
        d.help(f"the following other types implement trait `{trait}`:\n"
               + "".join(f"  {x}\n" for x in _NUMBERS.split("\n")[:-1]) + "and 4 others")
        d.note(f"required for `{display(t)}` to implement `{tref.show()}`")
        note = Diagnostic("note", "required by a bound in `collect`")
        note.primary(std_span("core::iter::Iterator::collect"))
        d.children.append(note)
        fcx.diags.append(d)
    return True
