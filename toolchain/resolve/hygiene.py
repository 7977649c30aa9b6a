"""Hygiene of local variables in `macro_rules!` expansions (rustc's mixed-site
hygiene for locals): a name a macro arm writes is a different variable from the same
name written at the call site. A token the arm wrote has a `MacroSpan` naming its
expansion, so a local is keyed by its name plus that expansion; everything else
(items, fields, methods) is looked up by name alone, as rustc does for macro_rules.
"""

from __future__ import annotations


def local_key(name: str, span):
    expn = getattr(span, "expn", None)
    return name if expn is None else (name, expn)


def hidden_by_hygiene(scopes: list[dict], name: str, key) -> bool:
    """Is there a local `name` in scope that hygiene keeps from `key`?"""
    for scope in scopes:
        for k in scope:
            if k != key and (k == name or (isinstance(k, tuple) and k[0] == name)):
                return True
    return False
