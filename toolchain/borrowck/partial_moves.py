"""E0382 when what was moved is a field, not a whole variable.

Move paths go below locals (`p.name`, an enum's variant field), so a value can be
partially moved: using the whole of it afterwards is rustc's "use of partially moved
value", using the moved field itself is a plain use of moved `p.name`. Other fields
stay usable, and assigning the moved field makes the whole usable again (moves.py's
dataflow does both). rustc words these errors differently from whole-variable moves:
the type is explained in a note (the moved place is no variable to point at), there
is no `Clone` or parameter advice, and a move by a pattern binding gets a `ref` help.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..types import display
from . import captures
from .places import describe, describe_any, place_ty


def _place(path: tuple) -> ir.Place:
    # ("*": the content of a box, which the box owns: mir/box_derefs.py)
    return ir.Place(path[0], tuple(("deref", "box") if i == "*" else ("field", i)
                                   for i in path[1:]))


def reported_move(path: tuple, hits: list, op):
    """The move rustc points at. For a partial move it picks one maybe-moved part of the
    used place (the move path it created last, i.e. moved first in the latest place of
    the code), and then the move of that part (or of a parent) met first walking back
    from the use: in straight-line code the latest one before it."""
    cands = hits
    subs = [m for m in hits if len(m.path) > len(path)]
    if subs:
        created: dict = {}
        for m in subs:
            created[m.path] = min(created.get(m.path, m.span.lo), m.span.lo)
        part = max(created, key=lambda k: created[k])
        cands = [m for m in hits if part[:len(m.path)] == m.path]
    before = [m for m in cands if m.span.lo < op.span.lo]
    return max(before or cands, key=lambda m: m.span.lo)


def is_field_move(path: tuple, hits: list, op) -> bool:
    if any(m.span is None for m in hits):
        return False
    return len(reported_move(path, hits, op).path) > 1


def e0382(body: ir.Body, path: tuple, op, borrow: bool, hits: list, ctx) -> Diagnostic:
    adts = ctx.tcx.adts
    first = reported_move(path, hits, op)
    # A box's content moved out (`*b`) moves the box: not a partial move, named by the
    # used place.
    boxed = any(len(m.path) > len(path) and set(m.path[len(path):]) == {"*"} for m in hits)
    partial = any(len(m.path) > len(path) for m in hits) and not boxed
    # rustc names the used place when one of its parts was moved, else the moved place.
    name = describe(body, _place(path if partial or boxed else first.path), adts)
    what = "borrow" if borrow else "use"
    how = "partially " if partial else ""
    d = Diagnostic.error(f"{what} of {how}moved value" + (f": `{name}`" if name else ""),
                         op.span, f"value {'borrowed' if borrow else 'used'} here after "
                                  f"{'partial ' if partial else ''}move", code="E0382")
    # A move at or after the use reached it around a loop.
    in_loop = first.span.lo >= op.span.lo
    label = f"value {how}moved here" + (", in previous iteration of loop" if in_loop else "")
    if captures.moved_into_closure(body, d, first.span, how):
        pass
    elif first.span == op.span:   # moved by this very expression: one label says it all
        d.spans = []
        d.primary(op.span, label)
    else:
        d.secondary(first.span, label)
    ty = place_ty(body, _place(first.path), adts)
    if ty is None and first.dest is not None:
        ty = body.locals[first.dest].ty   # an enum variant's field: the binding's type
    if ty is not None:
        d.note(f"{'partial ' if partial else ''}move occurs because "
               f"{describe_any(body, _place(first.path), adts)} has type `{display(ty)}`, "
               "which does not implement the `Copy` trait")
    binding = body.locals[first.dest] if first.dest is not None else None
    if binding is not None and binding.pat_span is not None and binding.pat_span == first.span:
        at = Span(first.span.lo, first.span.lo)
        d.help("borrow this binding in the pattern to avoid moving the value",
               suggestions=[Suggestion(at, "ref ", "MachineApplicable", "ShowAlways")])
    return d
