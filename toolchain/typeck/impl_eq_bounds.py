"""An impl's associated type bindings on its parameters decide the parameters they name:
`impl<'a, T: 'a, I: Iterator<Item = &'a T>> Iterator for Copied<I>` has `T` only there,
and rustc finds it by normalising `<I as Iterator>::Item` for the `I` the self type
gives (a projection predicate constrains `T`). Selecting such an impl for a type
(impl_select.py) binds `T` so, with inference or for a concrete type.

The learner's impls with such a parameter are refused for now (resolve/impl_generics.py):
the machine selects impls by their self types alone, which suits std's, whose bodies do
not need `T` (`Copied` copies through an intrinsic)."""

from __future__ import annotations

from ..types import Ty, subst


def collect(res, info) -> None:
    from .check import _lower_ty
    for index, trait, name, ty, span in info.imp.generics.assoc_eqs:
        info.eq_bounds.append((index, trait, name, _lower_ty(ty, res)))


def unify_eqs(fcx, info, args: tuple) -> None:
    """With inference: `<I as Iterator>::Item == &'a T` for the impl's fresh arguments."""
    from .projection import proj
    for index, trait, name, want in info.eq_bounds:
        if index < len(args):
            fcx.infer.unify(proj(trait, name, args[index]), subst(want, args))


def bind_eqs(results, info, binds: dict) -> None:
    """For a concrete type: the parameters a binding names, from the normalised type."""
    from .impl_fn_bounds import _bind
    from .projection import normalize_with, proj
    for index, trait, name, want in info.eq_bounds:
        a = binds.get(index)
        if a is None:
            continue
        got = normalize_with(results, proj(trait, name, a))
        if got.kind != "proj":
            _bind(want, got, binds)
