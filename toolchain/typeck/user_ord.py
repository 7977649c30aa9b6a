"""Types ordered by the learner's own code: an ADT with a hand-written `PartialOrd` or
`Ord` (`impl Ord for Task`), and a derived one holding such a field. `<` on the type
itself calls its `partial_cmp` (mir/build_ord.py); std's sorts, `max`/`min` call its
`cmp` (`own_ord`, interp/shims_ord.py); the types holding one deeper down (tuples,
`Option`, derived comparisons) are compared by the machine's typed walk, which calls
the learner's methods where it meets the type (interp/cmp_typed.py), as do the keys of
`max_by_key`/`min_by_key` (`std::iter::less`) and of the B-trees (interp/map_keys.py)."""

from __future__ import annotations

from ..types import Ty, display


def by_hand(results, t: Ty, trait: str = "Ord") -> bool:
    """`t` is an ADT whose `trait` (`PartialOrd` or `Ord`) is the learner's, or derives
    it over such a field."""
    cx = getattr(results, "traits", None)
    impls = None if cx is None else cx.pord_impls if trait == "PartialOrd" else cx.ord_impls
    if not impls or t.kind != "adt":
        return False
    return _holds(results, impls, t.name, set())


def own(results, t: Ty) -> bool:
    """`t` itself has a hand-written `partial_cmp` (its `<` calls it)."""
    cx = getattr(results, "traits", None)
    return cx is not None and t.kind == "adt" and t.name in cx.pord_impls


def own_ord(results, t: Ty) -> bool:
    """`t` (through references) has a hand-written `cmp` that std's sorts and `max`/`min`
    call (interp/shims_ord.py)."""
    cx = getattr(results, "traits", None)
    while t.kind == "ref":
        t = t.args[0]
    return cx is not None and t.kind == "adt" and t.name in cx.ord_impls


def own_any(results, t: Ty) -> bool:
    """`t` itself (not a reference to it) has a hand-written `PartialOrd` or `Ord`: a
    generic function bounded by them calls its methods (mir/build_cmp.py)."""
    cx = getattr(results, "traits", None)
    return cx is not None and t.kind == "adt" and (t.name in cx.pord_impls
                                                    or t.name in cx.ord_impls)


def _holds(results, impls, name: str, seen: set) -> bool:
    if name in impls:
        return True
    layout = results.adts.get(name)
    if layout is None or name in seen:
        return False
    seen.add(name)
    tys = list(layout.tys)
    for v in layout.variants:
        tys += list(getattr(v, "tys", []) or [])
    return any(_within(results, impls, f, seen) for f in tys)


def _within(results, impls, t: Ty, seen: set) -> bool:
    if t.kind == "adt" and _holds(results, impls, t.name, seen):
        return True
    return any(_within(results, impls, a, seen) for a in t.args)


def reaches(results, t: Ty) -> bool:
    """`t` is, or holds (a tuple, a reference, std's generic types), a type ordered by hand."""
    return by_hand(results, t) or any(reaches(results, a) for a in t.args)


def missing_super(res, s: Ty, trait: str, sup: str, at):
    """rustc's E0277 for `impl Ord for X` without `X: Eq`/`X: PartialOrd` (or
    `impl PartialOrd` without `PartialEq`): the note cites the std trait's declaration.
    None: not one of these (the caller reports it its own way)."""
    from ..diagnostics.model import Diagnostic, Suggestion
    from ..source import Span
    from ..std_locations import std_span
    adt = res.adts.get(s.name) if s.kind == "adt" else None
    if adt is None or trait not in ("Ord", "PartialOrd", "Eq"):
        return None
    shown = display(s)
    if sup in ("PartialOrd", "PartialEq"):
        what = f"`{shown} == {shown}`" if sup == "PartialEq" else \
            f"`{shown} < {shown}` and `{shown} > {shown}`"
        d = Diagnostic.error(f"can't compare `{shown}` with `{shown}`", at,
                             f"no implementation for {what}", code="E0277")
        d.help(f"the trait `{sup}` is not implemented for `{shown}`")
    else:
        d = Diagnostic.error(f"the trait bound `{shown}: {sup}` is not satisfied", at,
                             f"the trait `{sup}` is not implemented for `{shown}`", code="E0277")
    d.note(f"required by a bound in `{trait}`", std_span(f"core::cmp::{trait}"))
    d.help(f"consider annotating `{shown}` with `#[derive({sup})]`",
           suggestions=[Suggestion(Span(adt.span.lo, adt.span.lo), f"#[derive({sup})]\n",
                                   "MaybeIncorrect", "ShowAlways")])
    return d


def generic_impl(fcx, e, t: Ty) -> bool:
    """`a < b` on an instance of a type whose `PartialOrd` is a generic impl
    (`impl<T: PartialOrd> PartialOrd for Rev<T>`, std's `Reverse<T>`): such an impl
    enters no `derives` (it holds for some arguments only), so its bounds are checked
    here on `t`'s arguments. True: decided (accepted, MIR calls its `partial_cmp`, or
    refused as unsupported when its bounds are unmet); False: no such impl."""
    cx = getattr(fcx.results, "traits", None)
    if cx is None or t.kind != "adt" or not t.args or t.name not in cx.pord_impls:
        return False
    from .impl_select import implements
    got = implements(fcx, t, "PartialOrd")
    if got is None:
        return False
    if not got:     # (rustc's E0369 with the impl's unmet bounds: not modelled)
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(e.span, f"comparing values of type `{display(t)}`"))
    return True
