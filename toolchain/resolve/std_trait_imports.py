"""E0405 for a trait of std's source that is not in the prelude, named without its
`use` (`impl Add for Point` without `use std::ops::Add;`): rustc's "consider importing
this trait" help, which inserts the `use` before the module's first item (its
attributes included)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span

# Traits of toolchain/std that a learner implements after importing them.
PATHS = {t: f"std::ops::{t}" for t in (
    "Add", "Sub", "Mul", "Div", "Rem", "Neg", "Not", "BitAnd", "BitOr", "BitXor", "Shl", "Shr",
    "AddAssign", "SubAssign", "MulAssign", "DivAssign", "RemAssign", "BitAndAssign",
    "BitOrAssign", "BitXorAssign", "ShlAssign", "ShrAssign", "Index")}


def import_help(r, d: Diagnostic, name: str) -> None:
    path = PATHS.get(name)
    if r.cur_mod is not None and r.cur_mod.parent is not None:
        items = getattr(r.cur_mod, "items", None)
    else:     # the crate root (its items are the flat list when the tree is not active)
        items = [i for i, _ in r.mods.flat] if r.mods is not None and not r.mods.active \
            else getattr(r.mods.root if r.mods is not None else None, "items", None)
    if path is None or not items or type(items[0].kind).__name__ == "Use":
        return
    first = items[0]
    at = min([first.span.lo] + [a.span.lo for a in first.attrs])
    d.help("consider importing this trait",
           suggestions=[Suggestion(Span(at, at), f"use {path};\n\n", "MaybeIncorrect",
                                   "ShowAlways")])
