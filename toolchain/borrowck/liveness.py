"""Liveness of locals at every MIR point, for NLL regions: a local is live at a point
when some path from there reads it (or a place under it) before overwriting it whole.

Points number every statement and terminator: point `base[b] + i` is statement `i` of
block `b`, `base[b] + len(statements)` its terminator. Sets of locals are bit masks
(Python ints), so a body with few references costs little.
"""

from __future__ import annotations

from ..mir import ir


def points(body: ir.Body) -> list[int]:
    """`base[b]`: the first point of each block (one more entry: the number of points)."""
    base, n = [], 0
    for blk in body.blocks:
        base.append(n)
        n += len(blk.statements) + 1
    base.append(n)
    return base


def live_in(body: ir.Body, base: list[int], uses: list[int], defs: list[int]) -> list[int]:
    """The mask of live locals before each point, from each point's uses and defs
    (masks; a point that uses and defines a local reads it first)."""
    nb = len(body.blocks)
    succs = [ir.successors(blk.terminator) for blk in body.blocks]
    gen, kill = [0] * nb, [0] * nb
    for b in range(nb):
        g = k = 0
        for p in range(base[b + 1] - 1, base[b] - 1, -1):
            g = uses[p] | (g & ~defs[p])
            k = (k | defs[p]) & ~uses[p]
        gen[b], kill[b] = g, k
    block_in = [0] * nb
    preds: list[list[int]] = [[] for _ in range(nb)]
    for b, ss in enumerate(succs):
        for s in ss:
            preds[s].append(b)
    work = list(range(nb))
    queued = [True] * nb
    while work:
        b = work.pop()
        queued[b] = False
        out = 0
        for s in succs[b]:
            out |= block_in[s]
        new = gen[b] | (out & ~kill[b])
        if new != block_in[b]:
            block_in[b] = new
            for pb in preds[b]:
                if not queued[pb]:
                    queued[pb] = True
                    work.append(pb)
    result = [0] * base[-1]
    for b in range(nb):
        live = 0
        for s in succs[b]:
            live |= block_in[s]
        for p in range(base[b + 1] - 1, base[b] - 1, -1):
            live = uses[p] | (live & ~defs[p])
            result[p] = live
    return result
