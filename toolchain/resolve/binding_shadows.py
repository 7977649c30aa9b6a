"""A binding pattern named after an item it may not shadow: rustc's E0530 "let bindings
cannot shadow statics" (rustc_resolve's `try_resolve_as_non_binding`).

An identifier pattern that names a static, or a tuple struct's constructor, can only
be a fresh binding, which rustc refuses; one that names a constant or a unit struct is
a path pattern when written plainly (`MAX =>`), and refused only when the syntax makes
it a binding (`ref MAX`, `mut Unit`, `Unit @ ..`). The message names where the pattern
is ("let bindings", "match bindings", "for bindings", "function parameters"). A local
of the same name in scope hides the item, so the pattern is a plain binding then.

rustc goes on with the pattern as a fresh binding (later warnings such as "unused
variable" follow, see or_bindings.analysis_goes_on); so does Ferrite: the caller binds it.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std import is_std_span
from ..syntax import ast

# rustc's `PatternSource::descr`, plural in the message.
SOURCES = {"let": "let bindings", "match": "match bindings", "for": "for bindings",
           "param": "function parameters"}


def check(r, k: ast.PatIdent, source: str) -> Diagnostic | None:
    """E0530 when the binding `k` shadows an item it may not; None otherwise."""
    found = _shadowed(r, k)
    if found is None:
        return None
    what, span = found
    name = k.ident.name
    d = Diagnostic.error(f"{SOURCES[source]} cannot shadow {what}s", k.ident.span,
                         f"cannot be named the same as a {what}", code="E0530")
    d.secondary(span, f"the {what} `{name}` is defined here")
    return d


def _shadowed(r, k: ast.PatIdent) -> tuple[str, object] | None:
    name = k.ident.name
    if local_in_scope(r, name):
        return None                  # (a local of that name hides the item)
    plain = not k.by_ref and not k.mutable and k.sub is None
    item = r.res.consts.get(name)
    if item is not None and not is_std_span(item.span):
        if isinstance(item.kind, ast.Static):
            return "static", item.span
        return None if plain else ("constant", item.span)
    adt = r.res.adts.get(name)
    if adt is not None and "::" not in name and not is_std_span(adt.span):
        if adt.kind == "tuple":
            return "tuple struct", adt.span
        if adt.kind == "unit" and not plain:
            return "unit struct", adt.span
    return None


def local_in_scope(r, name: str) -> bool:
    """Does a local binding `name` hide the item of that name here? (rustc resolves an
    identifier pattern through the ribs first: `let MAX = 1; match n { MAX => .. }`
    binds afresh.)"""
    return any(name in scope for scope in r.scopes)

