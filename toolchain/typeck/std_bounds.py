"""Bounds of std's methods that Ferrite's impls do not carry yet (`impl<T> [T]` has
them per method in rustc: `contains` needs `T: PartialEq`, `sort` needs `T: Ord`,
`extend_from_slice` and `to_vec` need `T: Clone`). A call whose element type may
lack the bound is refused as unsupported rather than run with a wrong answer; the
real E0277 comes with bounds on impls."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, display
from ..unsupported import unsupported

_NEEDS = {"[T]::contains": "PartialEq", "[T]::sort": "Ord", "[T]::to_vec": "Clone",
          "Vec::extend_from_slice": "Clone", "Cell::get": "Copy", "Vec::dedup": "PartialEq",
          "[T]::join": "Borrow<str>", "[T]::concat": "Borrow<str>"}


def check_method(fcx, e: ast.Expr, k: ast.ExprMethodCall, key: str, target: Ty) -> None:
    from . import ord_bounds
    if key in ord_bounds.KEYS:        # `T: Ord` / `K: Ord` of sorting, with rustc's E0277
        ord_bounds.check_method(fcx, e, k, key, target)
        return
    from . import option_copied
    if key in option_copied.KEYS:     # `T: Copy` / `T: Clone` of `Option<&T>`'s
        option_copied.register(fcx, e, k, target)
        return
    if key == "[T]::concat" and target.args:    # (nested sequences: slice_concat.py)
        from .slice_concat import inner
        if inner(fcx, target.args[0]) is not None:
            return
    trait = _NEEDS.get(key)
    if trait is None:
        return
    elem = fcx.infer.resolve(target.args[0]) if target.args else None
    if elem is None or elem.kind in ("var", "intvar", "error") and trait != "Borrow<str>" \
            or elem.kind in ("var", "error"):
        return        # integers have every one of these traits (but `Borrow<str>`)
    if not has_trait(fcx, elem, trait):
        fcx.diags.append(unsupported(k.segment.ident.span,
                                     f"`{k.segment.ident.name}` on elements of type "
                                     f"`{display(elem)}`"))


def has_trait(fcx, t: Ty, trait: str) -> bool:
    """`t: trait` for the std traits above, over the types Ferrite models."""
    if trait == "Borrow<str>":     # (`join`/`concat`: `String` and `&str` only)
        return t.kind == "adt" and t.name == "String" or t.kind == "ref" and t.args[0].kind == "str"
    if t.kind in ("int", "intvar", "bool", "char"):
        return True
    if t.kind in ("float", "floatvar"):
        return trait != "Ord"
    if t.kind == "ref":
        if trait == "Clone":
            return not t.mutable
        return t.args[0].kind == "str" or has_trait(fcx, t.args[0], trait)
    if t.kind in ("tuple", "array"):
        return all(has_trait(fcx, a, trait) for a in t.args)
    if t.kind == "adt" and t.name == "String":
        return True        # (std's `String` is `Ord`, `PartialEq` and `Clone`)
    from .cow_cmp import implements as cow_implements    # (compared by what it points at)
    if cow_implements(fcx, t, trait):
        return True
    if t.kind == "adt":
        layout = fcx.results.adts.get(t.name)
        return layout is not None and trait in layout.derives \
            and all(has_trait(fcx, a, trait) for a in t.args)
    return False
