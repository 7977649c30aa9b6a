"""The reads a match makes of its scrutinee that are no statement of their own.

Testing an enum pattern reads the discriminant of the matched place: rustc's borrow
checker sees that as a use of the whole enum value at the scrutinee (so matching `s`
again after `if let Slot::Taken(n) = s` moved `n` out is a use of a partially moved
value). The builder records such reads in `Body.discr_reads` for the borrow checker;
the machine never looks at them.
"""

from __future__ import annotations

from contextlib import contextmanager

from ..source import Span
from . import ir


@contextmanager
def scrutinee(b, span: Span):
    """Tests lowered inside read the scrutinee written at `span` (nested matches in arms
    set their own)."""
    outer = getattr(b, "scrut_span", None)
    b.scrut_span = span
    try:
        yield
    finally:
        b.scrut_span = outer


def discr_read(b, place: ir.Place, pat_span: Span) -> None:
    """Testing the variant of the enum at `place` reads it (before the next statement)."""
    reads = b.__dict__.setdefault("discr_reads", {})
    at = (b.cur, len(b.blocks[b.cur].statements))
    reads.setdefault(at, []).append((place, getattr(b, "scrut_span", None) or pat_span))
