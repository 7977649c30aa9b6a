"""A blanket impl beside specific impls of the same trait (std's `impl<T: Clone>
ToOwned for T` beside `impl ToOwned for str` and `impl<T: Clone> ToOwned for [T]`).

The blanket impl is kept with the generic traits' impls (typeck/trait_args.py), the
specific ones in the exact and matched tables (typeck/traits.py, impl_select.py). They
do not overlap because the blanket impl's parameter is implicitly `Sized` and `str`,
`[T]` and `dyn Tr` are not: rustc's candidate assembly never matches the blanket
header with an unsized type. So selection here is: the blanket impl's parameter does
not match an unsized type (`sized_ok`), and a trait-ref a specific impl answers is
decided by that impl (`specific_holds`).
"""

from __future__ import annotations

from ..types import Ty, subst
from .sized import UNSIZED_KINDS


def sized_ok(info, s: Ty) -> bool:
    """Whether impl `info`'s self type may be `s` as far as `Sized` goes: a bare
    parameter without `?Sized` is never an unsized type."""
    p = info.self_ty
    if p.kind != "param" or p.id < 0 or s.kind not in UNSIZED_KINDS:
        return True
    g = info.imp.generics if info.imp.is_generic else None
    return g is not None and p.id in g.unsized


def specific_holds(fcx, t: Ty, trait: str) -> bool | None:
    """Whether a specific (non-blanket) impl gives `t: trait`; None when none is
    written for `t` (the blanket impl, if any, decides)."""
    cx = fcx.results.traits
    if trait in cx.impls.get(t, {}):
        return True
    if cx.matched:
        from .impl_select import implements
        return implements(fcx, t, trait)
    return None


def param_assoc(fcx, s: Ty, trait: str, name: str) -> Ty | None:
    """`<T as ToOwned>::Owned` in a body whose `T` is bounded by the blanket impl's
    bound (`T: Clone`, so `Sized`) and not by the trait itself: the blanket impl is
    `T`'s, so its `Owned = T` (with `T: ToOwned` written, it stays the bound's)."""
    from .bounds import has_bound
    if has_bound(fcx, s, trait):
        return None
    for info in fcx.results.traits.generic.get(trait, ()):
        p = info.self_ty
        if p.kind != "param" or not info.imp.is_generic:
            continue
        bounds = info.imp.generics.bounds[p.id]
        if bounds and all(has_bound(fcx, s, tr) for tr, _ in bounds):
            got = info.assoc.get(name)
            return subst(got, tuple(s if i == p.id else Ty("error")
                                    for i in range(len(info.imp.generics.names)))) \
                if got is not None else None
    return None


def unmet_clone(fcx, k, s: Ty, info) -> None:
    """E0599 for `p.to_owned()` of a learner's type that is not `Clone`: the blanket
    impl's bound fails, worded as rustc words it (with the derive it would need)."""
    from ..diagnostics.model import Diagnostic
    from ..types import display
    from .check import _derive_help
    from .methods import kind_noun
    name, shown, trait = k.segment.ident.name, display(s), info.imp.trait
    noun = kind_noun(s, fcx.res)
    d = Diagnostic.error(f"the method `{name}` exists for {noun} `{shown}`, but its trait "
                         "bounds were not satisfied", k.segment.ident.span,
                         f"method cannot be called on `{shown}` due to unsatisfied trait bounds",
                         code="E0599")
    adt = fcx.res.adts[s.name]
    d.secondary(adt.header, f"method `{name}` not found for this {noun} because it doesn't "
                f"satisfy `{shown}: Clone` or `{shown}: {trait}`")
    d.note(f"the following trait bounds were not satisfied:\n`{shown}: Clone`\n"
           f"which is required by `{shown}: {trait}`")
    _derive_help(d, adt, "Clone")
    fcx.diags.append(d)


# Where rustc 1.95's `Cow` and its `Borrowed` variant bound `B: ToOwned` (alloc's
# borrow.rs, rustc's JSON coordinates).
_COW_BOUNDS = {"Cow": (169, 1, 169, 33, 5120, 5152), "Borrowed": (175, 5, 175, 13, 5254, 5262)}


def cow_not_clone(fcx, ob, t: Ty) -> bool:
    """rustc's E0277 for `Cow<Plain>` of a learner's type that is not `Clone`: the
    blanket `ToOwned` impl's bound fails, once for each mention of the type (`Cow<..>`
    written, the `Borrowed` variant's argument, the built value). False when the
    mention is not one recorded (the caller refuses it)."""
    from ..diagnostics.model import Diagnostic, ExternalSpan
    from ..std_locations import LIBRARY, file_rank
    from ..types import display
    from .check import _derive_help
    name = str(ob.callee).rsplit("::", 1)[-1]
    at = _COW_BOUNDS.get(name)
    if at is None or t.kind != "adt" or t.args or t.name not in fcx.res.adts \
            or (name == "Borrowed") != (ob.arg is not None):
        return False
    from ..std import is_std_span
    adt = fcx.res.adts[t.name]
    if is_std_span(adt.span):
        return False
    shown = display(t)
    d = Diagnostic.error(f"the trait bound `{shown}: {'ToOwned' if ob.arg is not None else 'Clone'}`"
                         " is not satisfied", ob.arg or ob.func,
                         f"the trait `Clone` is not implemented for `{shown}`", code="E0277")
    if ob.arg is not None:
        d.secondary(ob.func, "required by a bound introduced by this call")
    d.note(f"required for `{shown}` to implement `ToOwned`")
    note = Diagnostic("note", f"required by a bound in `{name}`")
    file = LIBRARY + "alloc/src/borrow.rs"
    note.primary(ExternalSpan(file, *at, file_rank(file)))
    d.children.append(note)
    _derive_help(d, adt, "Clone")
    fcx.diags.append(d)
    return True
