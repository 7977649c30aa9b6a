"""`T: PartialEq`, `T: PartialOrd`, `T: Ord` (and `Eq`) as bounds: which concrete types
meet them, comparisons of values of such a `T`, and rustc's E0277 for a float literal
passed where `Eq`/`Ord` is required.

`a == b` on `T` values is a call of `<T as PartialEq>::eq` (mir/build_cmp.py): the
learner's hand-written `eq`, or the machine's structural comparison for built-in and
derived types; an aggregate holding a type with a hand-written `eq` (a tuple, a
`Vec<Name>`, a `&Name`) is compared part by part through it (interp/cmp_typed.py).
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
    from .cow_cmp import implements as cow_implements
    inner = t
    while inner.kind == "ref":
        inner = fcx.infer.resolve(inner.args[0])
    if cow_implements(fcx, inner, trait):     # (`&Cow<str>`: rustc's impls)
        return True
    from .user_ord import own_any
    if trait in ("PartialOrd", "Ord") and own_any(fcx.results, t):
        return True      # (its `partial_cmp`/`cmp` is called through the bound: build_cmp.py)
    if ordered(fcx.results, t, trait):
        return True
    if trait in ("PartialOrd", "Ord") and t.kind in ("tuple", "array", "ref") and t.args:
        # (`(Reverse<u32>, usize)`: std's impls for aggregates hold when their parts'
        # do; the machine compares part by part through a hand-written `cmp`,
        # interp/cmp_typed.py)
        parts = [implements(fcx, fcx.infer.resolve(a), trait) for a in t.args]
        if all(p is True for p in parts):
            return True
    if t.kind == "adt" and not t.args:
        return False if trait not in fcx.results.adts[t.name].derives else None
    if trait == "PartialEq":
        from .cmp_missing import missing   # (`(i32, Token)`: std's impl needs `Token: PartialEq`)
        if missing(fcx, t):
            return False
    return None


def e0277(fcx, ob, t: Ty) -> bool:
    """rustc's E0277 for a float passed for `Eq`/`Ord`, and for the learner's type
    lacking `PartialEq`/`PartialOrd`/`Ord`; False for the other cases (not recorded yet)."""
    if t.kind == "float":
        return float_literal(fcx, ob, t)
    from .cmp_missing import bound_e0277
    if bound_e0277(fcx, ob, t):       # (`(i32, Token)`: "required for" the tuple)
        return True
    if ob.trait not in ("PartialEq", "PartialOrd", "Ord") or t.kind != "adt" or t.args:
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
                 f"no implementation for `{shown} == {shown}`" if ob.trait == "PartialEq" else
                 f"no implementation for `{shown} < {shown}` and `{shown} > {shown}`")
    d.help(f"the trait `{ob.trait}` is not implemented for `{shown}`")
    d.children.append(_note(fcx, ob))
    _derive_help(d, adt, ob.trait)
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
