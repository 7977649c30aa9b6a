"""`T: PartialEq`, `T: PartialOrd`, `T: Ord` (and `Eq`) as bounds: which concrete types
meet them, comparisons of values of such a `T`, and rustc's E0277 for a float literal
passed where `Eq`/`Ord` is required.

A comparison of `T` values is the machine's structural comparison of the instance's
values (interp/machine.py `_binary`), which is the comparison of every type that meets
these bounds here: built-in types and the learner's derived ones. A type whose `==` is
hand-written (`impl PartialEq`) would not be compared through its `eq`, so passing one
for such a bound is refused as unsupported at the call.
"""

from __future__ import annotations

from ..types import Ty, display
from ..unsupported import unsupported

CMP_TRAITS = ("PartialEq", "Eq", "PartialOrd", "Ord")
_TOTAL_TYPES = "i128\ni16\ni32\ni64\ni8\nisize\nu128\nu16\nand 4 others"


def param_compare_ok(fcx, op: str, t: Ty) -> bool:
    """`a op b` on values of the type parameter `t`: allowed by its bounds."""
    from .bounds import has_bound
    return has_bound(fcx, t, "PartialEq" if op in ("==", "!=") else "PartialOrd")


def implements(fcx, t: Ty, trait: str) -> bool | None:
    """Whether concrete `t` implements `PartialOrd`/`Ord` (None: Ferrite cannot tell)."""
    from .derive_cmp import ordered
    if t.kind in ("float", "floatvar"):
        return trait == "PartialOrd"
    if t.kind == "intvar":
        return True
    if ordered(fcx.results, t, trait):
        return True
    if t.kind == "adt" and not t.args:
        return False if trait not in fcx.results.adts[t.name].derives else None
    return None


def refuse_user_eq(fcx, ob, t: Ty) -> bool:
    """A type with a hand-written `PartialEq` passed for a comparison bound: refused."""
    from .traits import contains_user_eq, user_eq
    if ob.trait not in CMP_TRAITS or not (user_eq(fcx, t) or contains_user_eq(fcx, t)):
        return False
    fcx.diags.append(unsupported(ob.arg or ob.func, f"passing a type with `PartialEq` "
                                 f"implemented by hand for the bound `{ob.trait}`"))
    return True


def e0277(fcx, ob, t: Ty) -> bool:
    """rustc's E0277 for a float passed for `Eq`/`Ord`, and for the learner's type
    lacking `PartialOrd`; False for the other cases (not recorded yet)."""
    if t.kind == "float":
        return float_literal(fcx, ob, t)
    if ob.trait not in ("PartialOrd", "Ord") or t.kind != "adt" or t.args:
        return False
    adt = fcx.res.adts.get(t.name)
    from ..std import is_std_span
    if adt is None or is_std_span(adt.span):
        return False
    from .bounds import _at_call, _note
    from .check import _derive_help
    shown = display(t)
    if ob.trait == "Ord":
        d = _at_call(ob, f"the trait bound `{shown}: Ord` is not satisfied",
                     f"the trait `Ord` is not implemented for `{shown}`")
        d.children.append(_note(fcx, ob))
        _derive_help(d, adt, "Ord")
        fcx.diags.append(d)
        return True
    d = _at_call(ob, f"can't compare `{shown}` with `{shown}`",
                 f"no implementation for `{shown} < {shown}` and `{shown} > {shown}`")
    d.help(f"the trait `PartialOrd` is not implemented for `{shown}`")
    d.children.append(_note(fcx, ob))
    _derive_help(d, adt, "PartialOrd")
    fcx.diags.append(d)
    return True


def float_literal(fcx, ob, t: Ty) -> bool:
    """rustc's E0277 for a float (or a float literal) where `Eq`/`Ord` is required."""
    if t.kind not in ("float", "floatvar") or ob.trait not in ("Eq", "Ord"):
        return False
    from .bounds import _at_call, _note
    shown = display(t)
    d = _at_call(ob, f"the trait bound `{shown}: {ob.trait}` is not satisfied",
                 f"the trait `{ob.trait}` is not implemented for `{shown}`")
    d.help(f"the following other types implement trait `{ob.trait}`:\n  "
           + _TOTAL_TYPES.replace("\n", "\n  ").replace("\n  and", "\nand"))
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)
    return True
