"""Writes through a mutable guard (`acc.n *= 2`, `acc.v.push(1)` with `acc: RefMut<T>`,
a `MutexGuard` or a `RwLockWriteGuard`): the machine derefs a guard built in, like a
reference, but in rustc the place is `*DerefMut::deref_mut(&mut acc)`, a `&mut` borrow
of the guard itself. So the guard's binding must be `mut` (E0596 otherwise, at the
guard), and a `mut` on it is used (no unused_mut)."""

from __future__ import annotations

from ..mir import ir
from ..source import Span

GUARDS = ("RefMut", "MutexGuard", "RwLockWriteGuard")


def is_guard(t) -> bool:
    return t is not None and t.kind == "adt" and t.name in GUARDS


def guard_place(place: ir.Place, j: int) -> ir.Place:
    """The guard a write at `place` goes through, its deref at projection `j`."""
    return ir.Place(place.local, place.proj[:j])


def guard_span(body, guard: ir.Place, span: Span) -> Span:
    """rustc points at the guard expression: a variable's name starts the write's span."""
    decl = body.locals[guard.local]
    if not guard.proj and decl.name is not None:
        return Span(span.lo, span.lo + len(decl.name.encode()))
    return span


def mut_used(body) -> set[int]:
    """The guard variables written or `&mut` borrowed through (their `mut` is used)."""
    out: set[int] = set()
    places = [p for p, _ in body.deref_writes]
    places += [st.rvalue.place for blk in body.blocks for st in blk.statements
               if isinstance(st.rvalue, ir.Ref) and st.rvalue.mutable]
    for p in places:
        if p.proj and p.proj[0] == ("deref",) and is_guard(body.locals[p.local].ty):
            out.add(p.local)
    return out
