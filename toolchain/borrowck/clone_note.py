"""rustc's "if `T` implemented `Clone`, you could clone the value" note on a move of a
value that cannot be cloned. The type named is the one whose `Clone` impl is missing:
for `Option<Ticket>` (std's `Option` is `Clone` when its content is) that is `Ticket`,
as rustc names the unmet obligation of `Option<Ticket>: Clone`."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty


def _missing_clone(ty: Ty, ctx) -> Ty:
    if ty.kind == "adt" and "Clone" in ctx.tcx.adts[ty.name].derives:
        for a in ty.args:      # a derived `Clone` needs `Clone` of each argument
            if a.kind == "adt" and not ctx.is_clone(a):
                return _missing_clone(a, ctx)
    return ty


def clone_note(d: Diagnostic, ctx, ty: Ty, at) -> bool:
    """Add the note when `ty` is an ADT that is not `Clone`; False when not."""
    if ty is None or ty.kind != "adt" or ctx.is_clone(ty):
        return False
    root = _missing_clone(ty, ctx)
    from ..std import is_std_span
    if is_std_span(ctx.adt_header(root.name)):
        return False      # (rustc suggests implementing `Clone` for the learner's types only)
    note = Diagnostic("note", f"if `{root.name}` implemented `Clone`, you could clone the value")
    note.primary(ctx.adt_header(root.name), "consider implementing `Clone` for this type")
    note.secondary(at, "you could clone this value")
    d.children.append(note)
    return True
