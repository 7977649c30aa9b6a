"""`Iterator::unzip`: rustc's `where Self: Iterator<Item = (A, B)>`, which Ferrite's
`where` clauses cannot say of `Self`, so std/iter.rs leaves it to this check: the
items' type is unified with the pair `(A, B)` of the call's own type arguments (the
body takes each item as that pair with the `std::iter::as_pair` intrinsic). Items
that are not pairs are refused honestly (rustc's E0271 there quotes its library)."""

from __future__ import annotations

from ..types import Ty, display
from ..unsupported import unsupported


def register(fcx, e, k, self_ty: Ty) -> None:
    from .bounds import Obligation
    from .projection import proj
    own = fcx.method_args.get(e.id, ())
    if len(own) < 4:
        return
    a, b = own[-4], own[-3]           # (`unzip<A, B, FromA, FromB>`)
    span = k.segment.ident.span
    item = proj("Iterator", "Item", self_ty)
    if _settle(fcx, item, a, b, span):
        return
    ob = Obligation(item, "Sized", span, "unzip", span, span, None, call_span=e.span,
                    check=lambda fcx, ob: _settle(fcx, ob.ty, a, b, span, last=True))
    fcx.bound_obligations.insert(0, ob)   # (before `Extend<A>`, which needs `A`)


def _settle(fcx, item: Ty, a: Ty, b: Ty, span, last: bool = False) -> bool:
    t = fcx.infer.resolve(item)
    if t.is_error:
        return True
    if t.kind in ("var", "proj"):
        return False
    if t.kind == "tuple" and len(t.args) == 2 and fcx.infer.unify(Ty("tuple", args=(a, b)), t):
        return True
    fcx.diags.append(unsupported(span, f"`unzip` over items of type `{display(t)}`"))
    return True


def register_extend_targets(fcx, e, k, self_ty: Ty) -> None:
    """`partition` and `unzip` into `Vec<_>` of references: `Vec<T>` has two `Extend`
    impls (`Extend<T>` and, for `T: Copy`, `Extend<&T>`), so rustc cannot tell the
    element type (E0283, with notes into its library, not modelled yet): refused
    when nothing else decided it by the end of the body."""
    from .bounds import Obligation
    from .projection import proj
    own = fcx.method_args.get(e.id, ())
    name = k.segment.ident.name
    if name == "partition" and len(own) >= 2:
        pairs = [(own[-2], proj("Iterator", "Item", self_ty))]
    elif name == "unzip" and len(own) >= 4:
        pairs = [(own[-2], own[-4]), (own[-1], own[-3])]
    else:
        return
    span = k.segment.ident.span
    for coll, item in pairs:
        ob = Obligation(coll, "Sized", span, name, span, span, None, call_span=e.span,
                        check=lambda fcx, ob, item=item: _ambiguous(fcx, ob, item))
        fcx.bound_obligations.insert(0, ob)   # (before `Extend<A>` would decide it)


def _ambiguous(fcx, ob, item: Ty) -> None:
    coll = fcx.infer.resolve(ob.ty)
    if coll.kind != "adt" or coll.name != "Vec" or not coll.args:
        return
    elem = fcx.infer.resolve(coll.args[0])
    it = fcx.infer.resolve(item)
    if elem.kind == "var" and it.kind == "ref":
        fcx.diags.append(unsupported(ob.func, f"inferring the element type of `Vec<_>` from "
                                              f"`{ob.callee}` over items of type `{display(it)}`"))
