"""Which of the learner's traits are in scope in a body's module (rustc looks for trait
methods only in the traits in scope: declared in the module or imported into it), and
rustc's E0599 help when the method's trait is implemented but not imported.

Without modules every trait is at the crate root, so all are in scope.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..types import Ty, display


# std traits of std's source outside the prelude whose methods need a `use` (rustc's
# E0599 otherwise): `s.write_str(..)`, `k.borrow()`, `x.hash(state)`.
NEEDS_IMPORT = {"Write": "std::fmt::Write", "Borrow": "std::borrow::Borrow",
                "Hash": "std::hash::Hash", "Hasher": "std::hash::Hasher"}


def in_scope(fcx, trait: str) -> bool:
    tree = fcx.res.modules
    if trait in NEEDS_IMPORT and _imported_std(fcx, trait) is False:
        return False
    if tree is None or not tree.active:
        return True
    d = fcx.res.traits.defs.get(trait)
    if d is None or d.is_std:
        return True
    from ..std import is_std_span
    if is_std_span(d.span):
        return True      # a prelude trait of std's source (`Iterator`)
    m = getattr(fcx, "module", None) or tree.root
    b = tree.lookup(m, trait, "types")      # (marks the `use` bringing it as used)
    if b is not None and b.kind == "trait" and b.target == trait:
        return True
    return any(b.kind == "trait" and b.target == trait for b in m.types.values())


def _imported_std(fcx, trait: str) -> bool | None:
    """Is std's `trait` imported (None: it is the learner's own trait of that name)?"""
    d = fcx.res.traits.defs.get(trait)
    from ..std import is_std_span
    if d is None or d.span is None or not is_std_span(d.span):
        return None
    if NEEDS_IMPORT[trait] in fcx.res.traits.uses.values():
        return True
    tree = fcx.res.modules
    if tree is None or not tree.active:
        return False
    m = getattr(fcx, "module", None) or tree.root
    b = tree.lookup(m, trait, "types")
    return b is not None and b.kind == "trait" and b.target == trait


def not_in_scope(fcx, d: Diagnostic, name: str, rt: Ty) -> bool:
    """The help for a method whose trait `rt` implements is not in scope; False when
    no such trait (the caller explains as usual)."""
    from .traits import _impls_for_all
    tree = fcx.res.modules
    if tree is None or not tree.active or rt is None:
        return False
    t = rt
    while t.kind == "ref":
        t = t.args[0]
    hidden = [tr for tr, keys in _impls_for_all(fcx, t).items() if name in keys
              and not in_scope(fcx, tr)]
    if len(hidden) != 1:
        return False
    td = fcx.res.traits.defs[hidden[0]]
    ti = td.items.get(name)
    b = tree.get(tree.module_of.get(td.decl.id, tree.root), td.name, "types")
    m = getattr(fcx, "module", None) or tree.root
    if ti is None or ti.item is None or b is None:
        return False
    from ..resolve.trait_modules import module_key
    if not tree.accessible(b, m):
        d.help("items from traits can only be used if the trait is implemented and in scope")
        d.help(f"trait `{module_key(tree, td.decl)}` which provides `{name}` is implemented but "
               "not reachable")
        return True
    if rt.kind != "ref":   # (rustc leaves the label out for a reference receiver)
        d.secondary(ti.item.kind.ident.span, f"the method is available for `{display(t)}` here")
    d.help("items from traits can only be used if the trait is in scope")
    at = tree.first_lo.get(id(m))
    if at is None:
        return False
    d.help(f"trait `{td.name}` which provides `{name}` is implemented but not in scope; "
           "perhaps you want to import it",
           suggestions=[Suggestion(Span(at, at), f"use {module_key(tree, td.decl)};\n",
                                   "MaybeIncorrect", "ShowAlways")])
    return True

