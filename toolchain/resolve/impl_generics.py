"""The type parameters of a trait impl (`impl<T: Display> Show for Wrapper<T>`).

They are collected like an inherent impl's (resolve/generics.py, with their bounds and
`where` clause through resolve/bounds.py) and come first in the generics of the impl's
methods. rustc's E0207 is reported for a parameter the self type does not mention.
Blanket impls (`impl<T> Tr for T`) are selected by typeck/trait_args.py, which takes
those of generic traits (`impl<T, U: From<T>> Into<U> for T`) and std's; a learner's
blanket impl of another trait stays refused.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..syntax.visit import iter_nodes
from ..unsupported import unsupported
from . import generics as gen
from .prelude import is_std_item


def collect(r, item: ast.Item, text: str, blanket: bool = False):
    """The impl's GenericsInfo (EMPTY when it has none), or None when refused. With
    `blanket`, the self type may be a parameter."""
    k: ast.Impl = item.kind
    if not k.generics.params and not k.generics.where_clause:
        return gen.EMPTY
    saved = r.ty_params
    r.ty_params = gen.EMPTY
    info, diags = gen.collect(k.generics, r, consts=True)
    r.ty_params = saved
    r.diags.extend(diags)
    if diags:
        return None
    bare = text.lstrip("&").removeprefix("mut ")
    if bare in info.names and not blanket:
        r.diags.append(unsupported(k.self_ty.span, "blanket impls (`impl<T> Trait for T`)"))
        return None
    # (a parameter the trait's arguments name is constrained by them, as in rustc)
    used = _names_in(k.self_ty) | _fn_outputs(k.generics) | _names_in(k.trait_)
    # (and one an `Item = &'a T` constraint on a constrained parameter names: rustc's
    # projection predicates; typeck/impl_eq_bounds.py solves it, for std's impls)
    by_eqs = _eq_outputs(info, used) - used
    bad = False
    for name, span in zip(info.names, info.spans):
        if name in by_eqs and not is_std_item(item):
            r.diags.append(unsupported(span, "an impl parameter constrained only by an "
                                             "associated type binding"))
            bad = True
        elif name not in used and name not in by_eqs:
            r.diags.append(Diagnostic.error(
                f"the type parameter `{name}` is not constrained by the impl trait, self type, "
                "or predicates", span, "unconstrained type parameter", code="E0207"))
            bad = True
    return None if bad else info


def _eq_outputs(info, used: set[str]) -> set[str]:
    out: set[str] = set()
    for index, _, _, ty, _ in info.assoc_eqs:
        if 0 <= index < len(info.names) and info.names[index] in used:
            out |= _names_in(ty)
    return out


def _names_in(t: ast.Ty) -> set[str]:
    out = set()
    for n in iter_nodes(t):
        if isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyPath) and n.kind.qself is None \
                and len(n.kind.path.segments) == 1 and n.kind.path.segments[0].args is None:
            out.add(n.kind.path.segments[0].ident.name)
        elif isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprPath) \
                and len(n.kind.path.segments) == 1:     # `[T; N]`'s const parameter
            out.add(n.kind.path.segments[0].ident.name)
    return out


def _fn_outputs(g: ast.Generics) -> set[str]:
    """Parameters named as the output of an `Fn*` bound (`F: FnMut(I::Item) -> B`) or in
    an associated type's constraint: rustc counts them constrained, through the
    projection (`FnOnce::Output`, `Iterator::Item`)."""
    out = set()
    bounds = [b for p in g.params for b in p.bounds] + [b for w in g.where_clause for b in w.bounds]
    for b in bounds:
        args = b.path.segments[-1].args if isinstance(b, ast.TraitBound) else None
        if args is not None and args.parenthesized and args.output is not None:
            out |= _names_in(args.output)
        if args is not None and not args.parenthesized:
            # `I: Iterator<Item = Option<A>>`: `A` is constrained through the projection
            for c in args.constraints:
                if c.ty is not None:
                    out |= _names_in(c.ty)
    return out
