"""`for pat in iter` over an iterator (rustc's desugaring: `IntoIterator::into_iter`,
then `Iterator::next` until `None`). An iterator is its own `IntoIterator` (std's
`impl<I: Iterator> IntoIterator for I`), so the loop calls the type's `next` through
`&mut` on a temporary holding the iterator.

The call is recorded like a method call on the loop's own expression id
(`TypeckResults.method_calls`, `generic_args`, `trait_selves`), and the item type
as the type of the loop's pattern node; mir/build_for_iter.py lowers the loop.
Arrays and plain integer ranges keep their built-in fast paths (typeck/arrays.py,
check.py).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, Ty, display, ref
from ..unsupported import unsupported

ITERATOR = "Iterator"


def item_type(fcx, e: ast.Expr, k: ast.ExprForLoop, t: Ty) -> Ty:
    """The item type of iterating `t`, with the `next` call recorded; ERROR after
    reporting when `t` is not an iterator."""
    from . import traits
    from .methods import MethodCallee
    if ITERATOR not in fcx.res.traits.defs:
        fcx.diags.append(unsupported(k.iter.span, f"`for` loops over `{display(t)}`"))
        return ERROR
    cands = [c for c in traits.probe(fcx, t, "next") if c.trait == ITERATOR and c.derefs == 0]
    if not cands and t.kind in ("adt", "ref"):    # `impl IntoIterator for MyList`
        from .into_iter_impls import for_loop, has_generic_impl
        into = for_loop(fcx, t)
        if into is not None:
            fcx.results.for_into_iter[e.id] = into
            return item_type(fcx, e, k, into.ty)
        if into is None and has_generic_impl(fcx, t):
            fcx.diags.append(unsupported(k.iter.span, f"`for` loops over `{display(t)}` "
                                                      "through a generic `IntoIterator` impl"))
            return ERROR
    if len(cands) != 1:
        if t.kind == "adt" and not cands:
            not_an_iterator(fcx, k.iter, t)
        else:
            fcx.diags.append(unsupported(k.iter.span, f"`for` loops over `{display(t)}`"))
        return ERROR
    c = cands[0]
    if c.key in fcx.results.traits.broken:
        fcx.tainted = True
        return ERROR
    fcx.results.method_calls[e.id] = MethodCallee(c.key, 0, "&mut")
    if c.self_ty.kind in ("param", "opaque"):    # (an opaque type: revealed for the machine)
        fcx.results.trait_selves[e.id] = c.self_ty
    else:
        from . import impl_select
        cx = fcx.results.traits
        if impl_select.head(c.self_ty) in cx.matched:
            info = impl_select.candidates(cx, c.self_ty).get(ITERATOR)
            if info is not None and info.imp.is_generic:
                args = fcx.method_args[e.id] = impl_select.instantiate(fcx, info, c.self_ty)
                unmet = impl_select.unmet_bounds(fcx, info, args)
                if unmet is None or unmet:     # (`for x in 0.0..1.0`: E0277)
                    from . import ranges
                    if not (unmet and ranges.not_an_iterator(fcx, k.iter, t)):
                        fcx.diags.append(unsupported(k.iter.span, f"`for` loops over `{display(t)}`"))
                    return ERROR
    from .projection import proj
    item = fcx.infer.resolve(proj(ITERATOR, "Item", t))
    fcx.types[k.pat.id] = item      # (read back by MIR: the loop's item type)
    return item


def not_an_iterator(fcx, at: ast.Expr, t: Ty) -> None:
    """E0277 "`Bag` is not an iterator", as rustc words it for `for` over an ADT."""
    shown = display(t)
    d = Diagnostic.error(f"`{shown}` is not an iterator", at.span, f"`{shown}` is not an iterator",
                         code="E0277")
    h = Diagnostic("help", f"the trait `Iterator` is not implemented for `{shown}`")
    h.primary(fcx.res.adts[t.name].header)
    d.children.append(h)
    d.note(f"required for `{shown}` to implement `IntoIterator`")
    fcx.diags.append(d)
