"""rustc's note when a borrow dies while a collection still holds it (`v.push(&s)` in
an inner scope, `v` used after): it points at the collection's variable and explains."""

from __future__ import annotations

COLLECTIONS = ("Vec",)


def stored_in_collection(facts, d, j: int, p: int, name: str) -> None:
    holder = facts._live_holder(j, p)
    if holder is None or holder not in facts.stored_into:
        return
    decl = facts.body.locals[holder]
    if decl.name is None or decl.ty is None or decl.ty.kind != "adt" \
            or decl.ty.name not in COLLECTIONS:
        return
    d.secondary(decl.pat_span or decl.span, f"variable `{decl.name}` declared here")
    d.note(f"`{decl.name}` is a collection that stores borrowed references, but `{name}` does "
           "not live long enough to be stored in it")
    d.help("buffer reuse with borrowed references requires unsafe code or restructuring")
