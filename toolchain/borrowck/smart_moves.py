"""E0507 for moves out of std's smart pointers, which have no `DerefMove`: out of an
`Rc` ("cannot move out of an `Rc`") and out of a `RefCell`'s guards ("cannot move out
of dereference of `Ref<'_, T>`"), by auto-deref (`rc.name`) or by `*rc` (an
overloaded deref, recorded by mir/build_deref.py in `Body.smart_derefs`)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..types import display

SMART = ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")


def smart_move(body, op: ir.Move, j: int, tys: list, ctx) -> Diagnostic | None:
    """`j`: the place's last deref; `tys`: the types along the place (borrowck/places.py)."""
    explicit = j == 0 and op.place.local in getattr(body, "smart_derefs", {})
    ptr = body.smart_derefs[op.place.local] if explicit else tys[j]
    ty = tys[-1]
    if ptr is None or ty is None or op.span is None or ptr.kind != "adt" \
            or ptr.name not in SMART:
        return None
    what = "an `Rc`" if ptr.name == "Rc" else f"dereference of `{display(ptr)}`"
    d = Diagnostic.error(f"cannot move out of {what}", op.span,
                         f"move occurs because value has type `{display(ty)}`, which does not "
                         "implement the `Copy` trait", code="E0507")
    span = op.span
    if explicit:
        d.help("consider removing the dereference here",
               suggestions=[Suggestion(Span(span.lo, span.lo + 1), "", "MachineApplicable",
                                       "ShowAlways")])
    else:
        d.help("consider borrowing here",
               suggestions=[Suggestion(Span(span.lo, span.lo), "&", "MaybeIncorrect",
                                       "ShowAlways")])
    if ty.kind != "adt" or ty.name == "String" or ctx.is_clone(ty):
        src = ctx.res.source
        if explicit and src is not None:
            inner = src.snippet(Span(span.lo + 1, span.hi))
            d.help("consider cloning the value if the performance cost is acceptable",
                   suggestions=[Suggestion(span, f"{inner}.clone()", "MachineApplicable",
                                           "ShowAlways")])
        elif not explicit:
            d.help("consider cloning the value if the performance cost is acceptable",
                   suggestions=[Suggestion(Span(span.hi, span.hi), ".clone()",
                                           "MachineApplicable", "ShowAlways")])
    return d
