"""`Iterator::max` and `min`: rustc's bound `Self::Item: Ord`, which Ferrite's std
leaves to this check (std/iter.rs compares with the machine's `std::iter::less`).
Items that are floats, or references to them, do not meet it: rustc's E0277. The
other types that are not `Ord` (and the form rustc gives by-value float items, with
its method-chain note) are refused honestly."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import std_span
from ..types import Ty, display
from ..unsupported import unsupported

_ORD_TYPES = "i128\ni16\ni32\ni64\ni8\nisize\nu128\nu16\nand 4 others"
_ORD_KINDS = ("int", "intvar", "char", "bool", "str")


def register(fcx, e, k, self_ty: Ty) -> None:
    from .bounds import Obligation
    from .projection import proj
    span = k.segment.ident.span
    ob = Obligation(proj("Iterator", "Item", self_ty), "Ord", span, k.segment.ident.name,
                    span, span, None, call_span=e.span, check=_check)
    ob.call_expr = e          # (the method-chain note of iter_ord_user.py)
    fcx.bound_obligations.append(ob)


def _ord(t: Ty) -> bool | None:
    """Whether `t` is `Ord` (None: Ferrite cannot tell)."""
    if t.kind in _ORD_KINDS:
        return True
    if t.kind in ("float", "floatvar"):
        return False
    if t.kind == "ref":
        return _ord(t.args[0])
    if t.kind == "tuple" or (t.kind == "adt" and t.args
                             and t.name in ("Option", "Result", "Vec", "Box")):
        got = [_ord(a) for a in t.args]
        return False if False in got else None if None in got else True
    if t.kind == "adt" and t.name == "String":
        return True
    if t.kind == "adt" and t.name in ("Reverse", "std::cmp::Reverse") and t.args:   # (`Ord` as `T`)
        return _ord(t.args[0])
    return None


def _check(fcx, ob) -> None:
    item = fcx.infer.resolve(ob.ty)
    if item.is_error or item.kind in ("var", "proj"):
        return
    from .cow_cmp import ord_items as cow_ord
    ok = _ord(item)
    if not ok and cow_ord(fcx, item):      # (`Cow<str>`: by its text, interp/cmp_cow.py)
        ok = True
    from .user_ord import own_ord
    if ok or own_ord(fcx.results, item):     # (its `cmp` is called: interp/shims_ord.py)
        return
    from .derive_cmp import ordered
    if ok is None and ordered(fcx.results, item, "Ord"):   # (`(i32, Task)`: cmp_typed.py)
        return
    from .iter_ord_user import e0277 as user_e0277
    if ok is None and user_e0277(fcx, ob, item, _ord):   # the learner's `S` without `Ord`
        return
    inner = item.args[0] if item.kind == "ref" else item
    if ok is None or item.kind != "ref" or inner.kind not in ("float", "floatvar"):
        fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` over `{display(item)}` items"))
        return
    t = display(inner)
    d = Diagnostic.error(f"the trait bound `{t}: Ord` is not satisfied", ob.func,
                         f"the trait `Ord` is not implemented for `{t}`", code="E0277")
    d.help("the following other types implement trait `Ord`:\n  "
           + _ORD_TYPES.replace("\n", "\n  ").replace("\n  and", "\nand"))
    d.note(f"required for `{display(item)}` to implement `Ord`")
    note = Diagnostic("note", f"required by a bound in `std::iter::Iterator::{ob.callee}`")
    note.primary(std_span(f"core::iter::Iterator::{ob.callee}"))
    d.children.append(note)
    fcx.diags.append(d)
