"""`Iterator::sum` and `product`. rustc's signature is `fn sum<S: Sum<Self::Item>>(self)
-> S`, with `Sum` implemented for each number type over its values and references to
them; Ferrite's std declares `fn sum<S>(self) -> S` and this check stands for the
bound: once the caller is inferred, `S` must be an integer or float type and the items
`S` or `&S`. The forms rustc reports here (E0283 for an undecided `S`, E0277 for a
sum into another type) name rustc's library sources: they are refused honestly."""

from __future__ import annotations

from ..types import Ty, display
from ..unsupported import unsupported


def register(fcx, e, k, decl, s_arg: Ty, item: Ty) -> None:
    from .bounds import Obligation
    name = k.segment.ident.name
    ob = Obligation(s_arg, "Sum", decl.name_span, name, decl.name_span, k.segment.ident.span,
                    None, call_span=e.span, check=_check)
    ob.eq = (name, item)
    fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    name, item = ob.eq
    s = fcx.infer.shallow(ob.ty)
    it = fcx.infer.resolve(item)
    if s.kind == "var":
        # A literal's items decide it (`[1, 2].into_iter().sum()` is still E0283 in rustc).
        fcx.diags.append(unsupported(ob.func, f"`{name}` whose result type is not given"))
        return
    if s.is_error or it.is_error:
        return
    base = it.args[0] if it.kind == "ref" else it
    if s.kind in ("intvar", "floatvar") and base.kind in ("int", "float"):
        fcx.infer.unify(s, base)
        s = fcx.infer.shallow(s)
    if s.kind not in ("int", "float", "intvar", "floatvar") or not fcx.infer.unify(s, base):
        fcx.diags.append(unsupported(ob.func, f"`{name}` of `{display(it)}` items into a "
                                     f"`{display(fcx.infer.resolve(s))}`"))
