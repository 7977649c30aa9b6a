"""E0382's wording for a value moved by an operator of the learner's type (`a + b`
calls `Add::add(a, b)`, mir/build_overload.py): rustc labels the whole operation
"`a` moved due to usage in operator" and notes where the operator's method takes
`self` in its std source."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import std_span
from .. mir import ir


def moved_by_operator(body: ir.Body, site) -> tuple | None:
    """(the operation's span, its trait) when `site` moves the operand an operator's
    method takes as `self`."""
    if site.callee is None or site.callee[1] != 0:
        return None
    return getattr(body, "op_spans", {}).get(site.loc[0])


def label(d: Diagnostic, name: str, span, in_loop: bool) -> None:
    d.secondary(span, f"`{name}` moved due to usage in operator"
                + (", in previous iteration of loop" if in_loop else ""))


def note(trait: str, unary: bool) -> Diagnostic | None:
    from .. typeck.op_overload import METHODS
    method = METHODS.get(trait)
    try:
        at = std_span(f"core::ops::{trait}::{method}")
    except KeyError:
        return None
    n = Diagnostic("note", "calling this operator moves the value" if unary
                   else "calling this operator moves the left-hand side")
    n.primary(at)
    return n
