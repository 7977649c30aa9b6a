"""E0382 when the earlier move was a `for` loop taking its iterable by value.

`for t in tasks` desugars to `IntoIterator::into_iter(tasks)`: rustc words the move
after that implicit call, points at `self` of `into_iter` in std's sources, and offers
to iterate over a slice of the array instead (`&tasks`). MIR records which iterables a
`for` moved that way (`ir.Body.into_iter_moves`).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..std_locations import std_span
from ..types import Ty, display


def moved_by_for(body: ir.Body, span: Span | None) -> bool:
    return span is not None and span in body.into_iter_moves


def move_label(name: str, in_loop: bool) -> str:
    label = f"`{name}` moved due to this implicit call to `.into_iter()`"
    return label + ", in previous iteration of loop" if in_loop else label


def outside_own_loop(body: ir.Body, span: Span, header: Span) -> bool:
    """A `for` loop's iterable is evaluated once, before the loop: it is not inside
    the loop whose header (`for pat in iter`) ends with it."""
    return not (span in body.into_iter_moves and header.hi == span.hi)


def _std_adt(ctx, ty: Ty) -> bool:
    from ..std import is_std_span
    adt = ctx.res.adts.get(ty.name)
    return adt is not None and is_std_span(adt.span)


def explain(d: Diagnostic, name: str, ty: Ty, iter_span: Span, ctx) -> None:
    """rustc's note on `into_iter`'s receiver and its `&iter` help."""
    d.note(f"`into_iter` takes ownership of the receiver `self`, which moves `{name}`",
           std_span("core::iter::IntoIterator::into_iter::self"))
    if ty.kind == "adt" and not _std_adt(ctx, ty):
        return     # (the learner's `IntoIterator` type: rustc offers no slice)
    if ty.kind == "ref" and ty.mutable:
        # A `&mut` iterable is moved into the loop: rustc offers a reborrow.
        d.help(f"consider creating a fresh reborrow of `{name}` here",
               suggestions=[Suggestion(Span(iter_span.lo, iter_span.lo), "&mut *",
                                       "MachineApplicable", "ShowAlways")])
        return
    d.help(f"consider iterating over a slice of the `{display(ty)}`'s content to avoid moving "
           "into the `for` loop",
           suggestions=[Suggestion(Span(iter_span.lo, iter_span.lo), "&", "MaybeIncorrect",
                                   "ShowAlways")])
