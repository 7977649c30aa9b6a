"""Generic methods of traits (`fn map<B, F: FnMut(Self::Item) -> B>(self, f: F)`):
each call instantiates the method's own type parameters (fresh variables, or the
turbofish's types: `sum::<u32>()`), then puts the receiver's type for `Self`, then
normalises projections (typeck/projection.py); the method's bounds become the call's
obligations (`Fn*` bounds give a closure argument its expected signature).

The declaration's own parameters are numbered from 0 (a trait has no parameters of
its own but `Self`), so they are replaced before `Self` is: a receiver that is itself
a type parameter of the caller keeps its own numbering. MIR passes the impl's
arguments (if its impl is generic) followed by the method's own: a default method's
body, which has only the method's own, gets the latter (mir/build_traits.py's
`default_impl_params`, used by interp/dyn_dispatch.py).
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Ty, subst
from .projection import normalize_with


def own_names(sig) -> list[str]:
    g = sig.generics
    if g is None or not g.names:
        return []
    return g.names[g.parent_count:]


def instantiate(fcx, e, k, trait: str, name: str, s: Ty):
    """(the signature the caller sees, the method's own arguments) for a call of the
    generic trait method `trait::name` on a receiver whose `Self` is `s`."""
    from . import generics
    from .traits import subst_self
    decl = fcx.results.sigs[f"<Self as {trait}>::{name}"]
    own = own_names(decl)
    g = decl.generics
    seg = k.segment
    got = generics.explicit_args(fcx, seg, "method", decl.name_span, own,
                                 g.spans[g.parent_count:])
    args = got if got is not None else generics.fresh(fcx, own, e, name, "method")

    def inst(t: Ty) -> Ty:
        return normalize_with(fcx.results, subst_self(subst(t, args), s))
    sig = replace(decl, params=[inst(p) for p in decl.params], ret=inst(decl.ret))
    _register_bounds(fcx, e, k, decl, args, inst, name)
    return sig, args


def _register_bounds(fcx, e, k, decl, args: tuple, inst, name: str) -> None:
    from . import closures
    from .bounds import Obligation, _mentions
    g = decl.generics
    for i, bounds in enumerate(g.bounds):
        if not bounds or i >= len(args):
            continue
        holders = [n for n, p in enumerate(decl.params[1:]) if _mentions(p, i)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        for trait, span in bounds:
            ob = Obligation(args[i], trait, span, name, decl.name_span,
                            k.segment.ident.span, arg, call_span=e.span)
            if span in fcx.res.trait_ref_args:    # `B: FromIterator<Self::Item>`
                from .trait_args import bound_args
                ob.targs = tuple(inst(a) for a in bound_args(
                    fcx, span, Ty("param", g.names[i], id=i), trait))
                from .select_infer import watch
                ob.call_expr = e          # (collect_diags.py: the method call chain)
                fcx.bound_obligations.append(ob)
                watch(fcx, ob)
                continue
            if trait in closures.FN_TRAITS:
                got = closures.lower_bound_sig(fcx.res, trait, span)
                if got is not None:
                    params = [inst(t) for t in got[1]]
                    ret = inst(got[2])
                    ob.fn_sig = (params, ret)
                    closures.expect(fcx, ob.ty, trait, params, ret)
            fcx.bound_obligations.append(ob)
