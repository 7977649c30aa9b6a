"""Associated types in name resolution: `type Item;` in a trait, `type Item = u64;` in
an impl, the type paths that name one (`Self::Item`, `T::Item`, `<T as Trait>::Item`)
and equality constraints in bounds (`I: Iterator<Item = i32>`).

A path naming an associated type resolves to `Res("proj", (trait, name, self))`
where `self` is a `types.Ty` (the type parameter, or `Self` in a trait) or the
`ast.Ty` of a qualified path's `<T as ..>`; typeck lowers it to a projection type
(typeck/projection.py), normalised once its self type is known. Inside a trait
impl, `Self::Item` is the impl's own `type Item = ..` (`Res("alias", its type)`), as
rustc normalises it there.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import Ty
from ..unsupported import unsupported

SELF = Ty("param", "Self")


def trait_item(r, sub: ast.Item):
    """A trait's `type Item;` as a trait item (None, reported, for forms not modelled:
    bounds, defaults, generic associated types)."""
    from .traits import TraitItemDef
    k: ast.TyAlias = sub.kind
    if k.ty is not None or k.bounds or k.generics.params or k.generics.where_clause:
        r.diags.append(unsupported(sub.span, "associated types with bounds, defaults or "
                                   "generics"))
        return None
    return TraitItemDef(k.ident.name, "type", sub, False)


def impl_item(r, imp, sub: ast.Item, d) -> None:
    """An impl's `type Item = X;`: E0437 when its trait has no such type."""
    from .traits import ImplItem
    k: ast.TyAlias = sub.kind
    name = k.ident.name
    ti = d.items.get(name)
    if name in d.refused:
        return
    if ti is None or ti.kind != "type":
        r.diags.append(Diagnostic.error(f"type `{name}` is not a member of trait `{d.name}`",
                                        sub.span, f"not a member of trait `{d.name}`",
                                        code="E0437"))
        return
    if k.ty is None or k.bounds or k.generics.params or k.generics.where_clause:
        r.diags.append(unsupported(sub.span, "this form of associated type in an impl"))
        return
    if name in imp.items:
        r.diags.append(unsupported(sub.span, "an item defined twice in one impl"))
        return
    saved = r.ty_params
    r.ty_params = imp.generics if imp.generics is not None else saved
    r.ty(k.ty)
    r.ty_params = saved
    imp.items[name] = ImplItem(name, "type", sub, imp.key(name))


def _trait_with_type(r, traits: list[str], name: str) -> str | None:
    from .traits import bound_traits_of
    for t in traits:
        for tr in bound_traits_of(r.res.traits, t):
            d = r.res.traits.defs.get(tr)
            if d is not None and name in d.items and d.items[name].kind == "type":
                return tr
    return None


def resolve_ty(r, t: ast.Ty) -> bool:
    """Type paths naming an associated type; False for every other type."""
    from .resolver import Res
    k = t.kind
    segs = k.path.segments
    if k.qself is not None:
        return _qualified(r, t, k)
    if len(segs) != 2 or segs[0].args is not None or segs[1].args is not None:
        return False
    first, name = segs[0].ident.name, segs[1].ident
    if first == "Self" and r.trait_self is not None:
        kind, target = r.trait_self
        if kind == "self_param":          # in a trait: `<Self as Trait>::Item`
            d = r.res.traits.defs.get(target)
            tr = _trait_with_type(r, [target], name.name) if d is not None else None
            if tr is None:
                r.diags.append(_e0220(name, "Self"))
                r.res.types[t.id] = Res("err")
                return True
            # (in `trait TryFrom<T>`, `Self::Error` is `<Self as TryFrom<T>>::Error`)
            r.res.types[t.id] = Res("proj", (tr, name.name, SELF, own_params(d) if tr == target
                                             else None))
            return True
        imp = r.res.traits.impl_of_self.get(id(target))
        if imp is None:
            return False
        own = imp.items.get(name.name)
        if own is not None and own.kind == "type":
            r.res.types[t.id] = Res("alias", own.item.kind.ty)
            return True
        d = r.res.traits.defs.get(imp.trait)
        if d is not None and name.name in d.items and d.items[name.name].kind == "type":
            # (the impl lacks it: E0046 is reported at the impl)
            r.res.types[t.id] = Res("err")
            return True
        sup = _supertrait_impl_type(r, imp, name.name)
        if sup is not None:     # `&mut Self::Target` in `impl DerefMut`: `Deref`'s `Target`
            r.res.types[t.id] = Res("alias", sup)
            return True
        return False
    i = r.ty_params.index(first)
    if i is None:
        return False
    pairs = r.ty_params.bounds[i] if i < len(r.ty_params.bounds) else []
    bounds = [b for b, _ in pairs]
    tr = _trait_with_type(r, bounds, name.name)
    if tr is None:
        r.diags.append(_e0220(name, first))
        r.res.types[t.id] = Res("err")
        return True
    # (`U::Error` for `U: TryFrom<T>`: the bound's arguments, by its path's span)
    span = next((sp for b, sp in pairs if b == tr and sp in r.res.trait_ref_args), None)
    r.res.types[t.id] = Res("proj", (tr, name.name, Ty("param", first, id=i),
                                     ("bound", span) if span is not None else None))
    return True


def _supertrait_impl_type(r, imp, name: str):
    """The written type of `name` in the same type's impl of a supertrait of `imp`'s
    trait (`Deref` for `DerefMut`), or None."""
    from .traits import bound_traits_of
    for sup in bound_traits_of(r.res.traits, imp.trait)[1:]:
        for other in r.res.traits.impls:
            if other.trait == sup and other.ty_text == imp.ty_text:
                own = other.items.get(name)
                if own is not None and own.kind == "type":
                    return own.item.kind.ty
    return None


def _qualified(r, t: ast.Ty, k: ast.TyPath) -> bool:
    """`<T as Trait>::Item`."""
    from .resolver import Res
    from .traits import _trait_name
    segs = k.path.segments
    pos = k.qself.position
    if pos == 0 or len(segs) != pos + 1 or segs[-1].args is not None:
        r.diags.append(unsupported(t.span, "this kind of qualified type path"))
        r.res.types[t.id] = Res("err")
        return True
    r.ty(k.qself.ty)
    saved, segs[pos - 1].args = segs[pos - 1].args, None   # (the trait's arguments: below)
    try:
        trait = _trait_name(r, ast.Path(segs[:pos], k.path.span))
    finally:
        segs[pos - 1].args = saved
    d = r.res.traits.defs.get(trait) if trait is not None else None
    name = segs[-1].ident
    if d is None:
        r.diags.append(unsupported(t.span, "qualified paths to this trait"))
        r.res.types[t.id] = Res("err")
        return True
    if name.name not in d.items or d.items[name.name].kind != "type":
        r.diags.append(unsupported(name.span, "this path to a trait item"))
        r.res.types[t.id] = Res("err")
        return True
    targs = None
    args = segs[pos - 1].args
    if args is not None:     # `<u8 as TryFrom<i32>>::Error`
        from .trait_generics import is_generic, ref_args
        if not is_generic(d) or args.parenthesized or args.constraints:
            r.diags.append(unsupported(t.span, "this kind of qualified type path"))
            r.res.types[t.id] = Res("err")
            return True
        targs = ref_args(r, segs[pos - 1], d, r.res.generic_errors)
        if targs is None:
            r.res.types[t.id] = Res("err")
            return True
        targs = ("written", targs)
    r.res.types[t.id] = Res("proj", (trait, name.name, k.qself.ty, targs))
    return True


def own_params(d):
    """A generic trait's own parameters, as the arguments of its `Self::X` (None for a
    trait without parameters)."""
    g = getattr(d, "generics", None)
    if g is None or not g.names:
        return None
    return ("types", tuple(Ty("param", n, id=i) for i, n in enumerate(g.names)))


def _e0220(name: ast.Ident, on: str) -> Diagnostic:
    return Diagnostic.error(f"associated type `{name.name}` not found for `{on}`", name.span,
                            f"associated type `{name.name}` not found", code="E0220")


# -- bounds: `I: Iterator<Item = i32>` ---------------------------------------------------------

def constraint_bound(r, b: ast.TraitBound, index: int | None, info, diags: list) -> str | None:
    """A bound whose last segment holds only equality constraints: the trait's name, with
    each `Name = Type` kept in `info.assoc_eqs` as (parameter index, trait, name, type,
    span); None (reported) for forms not modelled."""
    from .traits import _trait_name
    args = b.path.segments[-1].args
    if args.parenthesized or args.args or not args.constraints or index is None:
        return None
    saved = b.path.segments[-1].args
    b.path.segments[-1].args = None
    try:
        trait = _trait_name(r, b.path)
    finally:
        b.path.segments[-1].args = saved
    if trait is None:
        return None
    eqs = []
    for c in args.constraints:
        if c.ty is None or c.bounds:
            diags.append(unsupported(c.span, "associated type bounds"))
            return ""
        tr = _trait_with_type(r, [trait], c.ident.name)
        if tr is None:
            diags.append(unsupported(c.span, "this associated type constraint"))
            return ""
        r.ty(c.ty)
        eqs.append((index, tr, c.ident.name, c.ty, c.span))
    info.assoc_eqs.extend(eqs)
    return trait
