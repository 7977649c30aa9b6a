"""The forward "may" dataflow the borrow checker's analyses share (maybe moved, maybe
initialised, loans maybe in force): states at block entries joined by union, iterated
to a fixpoint from the entry block."""

from __future__ import annotations

from typing import Callable, TypeVar

from ..mir import ir

S = TypeVar("S")   # a state joined with `|`: a frozenset, or an int used as a bitset


def forward_may(body: ir.Body, start: S, transfer: Callable[[int, S], S]) -> list[S | None]:
    """The state at each block's entry (None for blocks never reached); `transfer(b,
    state)` gives the state at the end of block `b`."""
    entry: list[S | None] = [None] * len(body.blocks)
    entry[0] = start
    work = [0]
    while work:
        b = work.pop()
        out = transfer(b, entry[b])
        for s in ir.successors(body.blocks[b].terminator):
            merged = out if entry[s] is None else entry[s] | out
            if merged != entry[s]:
                entry[s] = merged
                work.append(s)
    return entry
