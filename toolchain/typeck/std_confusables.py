"""rustc's `#[rustc_confusables("size", ..)]`: a std method marked with names learners
reach for (from other languages) is suggested by E0599 when one of them is called
("you might have meant to use `len`"). Ferrite's std marks them with
`#[ferrite::confusables = "length size"]`."""

from __future__ import annotations

from ..diagnostics.model import Suggestion


def confusable_help(fcx, d, base, name: str, at) -> str | None:
    """The help naming the std method marked with `name`; returns that method's name."""
    if base.kind != "adt":
        return None
    for a in fcx.res.assoc.get(base.name, {}).values():
        for attr in getattr(a.item, "attrs", ()):
            if attr.name == "ferrite::confusables" and attr.eq_value is not None \
                    and name in str(attr.eq_value.kind.lit.value).split():
                d.help(f"you might have meant to use `{a.name}`",
                       suggestions=[Suggestion(at, a.name, "MaybeIncorrect", "ShowAlways")])
                return a.name
    return None


def similar_std_name(base, name: str) -> str | None:
    """rustc's similar-name candidate among all the methods std gives `base` (its docs'
    list): when there is one, E0599 drops its "method not found" label."""
    from ..resolve.suggest import find_best_match_substrings
    from .std_method_names import ADT_METHODS
    return find_best_match_substrings(sorted(ADT_METHODS.get(base.name, ())), name)


def std_may_have(fcx, base, name: str) -> bool:
    """Whether rustc's `Vec` / `String` (or what they deref to) may have a method
    Ferrite's std lacks: then E0599 would be a false error. Ferrite cannot list their
    methods yet, so only a confusable name is known to be missing."""
    if base.kind != "adt" or base.name not in ("Vec", "String"):
        return False
    for a in fcx.res.assoc.get(base.name, {}).values():
        for attr in getattr(a.item, "attrs", ()):
            if attr.name == "ferrite::confusables" and attr.eq_value is not None \
                    and name in str(attr.eq_value.kind.lit.value).split():
                return False
    return True
