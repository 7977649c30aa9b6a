"""E0509: moving a field out of a value whose type implements `Drop` (rustc_borrowck's
`report_cannot_move_from_static_or_drop`): its `drop` needs the whole value."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, SpanLabel, Suggestion
from ..mir import ir
from ..source import Span
from ..types import display
from .places import describe, place_tys


def move_out_of_drop(body, op, ctx) -> Diagnostic | None:
    if not isinstance(op, ir.Move) or op.span is None or not op.place.proj:
        return None
    drops = getattr(ctx.tcx, "_drop_adts", None)
    if not drops:
        return None
    adts = ctx.tcx.adts
    tys = place_tys(body, op.place, adts)
    for i, elem in enumerate(op.place.proj):
        t = tys[i]
        if elem[0] == "field" and t is not None and t.kind == "adt" and t.name in drops:
            break
    else:
        return None
    ty, desc = tys[-1], describe(body, op.place, adts)
    if ty is None or desc is None:
        return None
    from .drop_pattern_moves import binding_move     # a pattern's bindings, grouped
    d = binding_move(body, op, ctx, t)
    if d is not None:
        return d
    d = Diagnostic.error(f"cannot move out of type `{display(t)}`, which implements the `Drop` "
                         "trait", code="E0509")
    d.spans.append(SpanLabel(op.span, "cannot move out of here"))
    d.spans.append(SpanLabel(op.span, f"move occurs because `{desc}` has type `{display(ty)}`, "
                                      "which does not implement the `Copy` trait"))
    d.help("consider borrowing here",
           suggestions=[Suggestion(Span(op.span.lo, op.span.lo), "&", "MaybeIncorrect",
                                   "ShowAlways")])
    if ty.kind != "adt" or ctx.is_clone(ty) or ty.name == "String":
        d.help("consider cloning the value if the performance cost is acceptable",
               suggestions=[Suggestion(Span(op.span.hi, op.span.hi), ".clone()",
                                       "MachineApplicable", "ShowAlways")])
    return d
