"""E0425 for a bare name that the crate defines in another module than the one that
names it: rustc's "consider importing this function" help, which inserts
`use crate::path::name;` at the top of the naming module (rustc_resolve's
`show_candidates` with its `UsePlacementFinder`)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span

_WHAT = {"fn": "function", "const": "constant"}


def missing_name(r, m, ident, callee: bool) -> Diagnostic | None:
    """The error with its import help, or None when the case is outside what is modelled
    (several candidates, a private or non-function candidate, a module whose first item
    has attributes or is a `use`)."""
    name = ident.name
    keys = [k for k in r.mods.keys if k.rsplit("::", 1)[-1] == name]
    if len(keys) != 1:
        return None
    key = keys[0]
    home = r.mods.mod_of_key.get(key)
    b = home.values.get(name) if home is not None else None
    if b is None or b.kind not in _WHAT or (b.kind == "fn") != callee \
            or not r.mods.accessible(b, m):
        return None
    items = getattr(m, "items", None)
    if not items or items[0].attrs or type(items[0].kind).__name__ == "Use":
        return None
    what = _WHAT[b.kind]
    kind = "function" if callee else "value"
    d = Diagnostic.error(f"cannot find {kind} `{name}` in this scope", ident.span,
                         "not found in this scope", code="E0425")
    at = items[0].span.lo
    # (No `use` in the module yet: rustc adds a blank line after the new one.)
    d.help(f"consider importing this {what}",
           suggestions=[Suggestion(Span(at, at), f"use crate::{key};\n\n", "MaybeIncorrect",
                                   "ShowAlways")])
    return d
