"""unused_mut, unused_variables and unused_assignments for one MIR body.

unused_assignments is a liveness analysis over MIR (backward dataflow): an
assignment to a variable is reported when no path from it reads the value
before it is overwritten or the function returns.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..mir import ir


def unused_in_body(body: ir.Body, out, borrowck_errors: list | None = None) -> None:
    """`borrowck_errors` (the body's) go after unused_mut, as rustc's borrow checker emits
    that lint directly but buffers its errors to the end of the body."""
    user = [i for i, l in enumerate(body.locals)
            if l.name is not None and l.pat_span is not None and not l.name.startswith("_")]
    assigned_later = {g.local for g in body.assign_groups if g.kind == "assign"}
    # A `let x;` needs `mut` only for an assignment that may follow another one.
    reassigned = assigned_later - {i for i in user if body.locals[i].deferred}
    if any(body.locals[i].deferred for i in user):
        from ..borrowck.uninit import reassignments
        reassigned |= {g.local for g, _ in reassignments(body)}
        # A field assignment (`x.0 = v`) writes through the binding: it needs `mut`.
        reassigned |= {g.local for g in body.assign_groups if not g.locations}
    # A write through a box (`*b = v`) writes the box's own place (box_derefs.py).
    reassigned |= {p.local for p, _ in body.deref_writes
                   if not any(e == ("deref",) for e in p.proj)}
    # A `&mut` borrow of a variable (or of a part of it) needs it to be `mut`.
    mut_borrowed = {st.rvalue.place.local for blk in body.blocks for st in blk.statements
                    if isinstance(st.rvalue, ir.Ref) and st.rvalue.mutable
                    and not any(e == ("deref",) for e in st.rvalue.place.proj)}
    mut_borrowed |= body.closure_mutated     # moved into a closure that mutates it
    from ..borrowck.guard_derefs import mut_used    # `acc.n = v` of a `RefMut` guard
    mut_borrowed |= mut_used(body)

    # unused_mut (borrowck): a `mut` binding never assigned after its declaration.
    for i in user:
        decl = body.locals[i]
        if decl.mutable and i not in reassigned and i not in mut_borrowed:
            # (A parameter's decl span is the whole `mut y: T`: its name ends the pattern.)
            name_lo = decl.pat_span.hi - len(decl.name.encode()) if decl.is_param else decl.span.lo
            mut_span = Span(decl.pat_span.lo, name_lo)
            d = Diagnostic.warning("variable does not need to be mutable", decl.pat_span)
            d.help("remove this `mut`", suggestions=[Suggestion(mut_span, "", "MachineApplicable",
                                                                 "HideCodeInline")])
            out.emit("unused_mut", d)

    out.diags.extend(borrowck_errors or [])

    # unused_variables: never read as a value.
    for i in user:
        if i in body.var_reads:
            continue
        decl = body.locals[i]
        if i in assigned_later:
            d = Diagnostic.warning(f"variable `{decl.name}` is assigned to, but never used",
                                   decl.pat_span)
            d.note(f"consider using `_{decl.name}` instead")
        else:
            d = Diagnostic.warning(f"unused variable: `{decl.name}`", decl.pat_span)
            # A variable of an or-pattern is bound in each alternative.
            for alt in decl.alt_spans:
                d.primary(alt)
            d.help("if this is intentional, prefix it with an underscore",
                   suggestions=[Suggestion(sp, f"_{decl.name}", "MaybeIncorrect")
                                for sp in [decl.pat_span] + decl.alt_spans])
        out.emit("unused_variables", d)

    # unused_assignments: values never read, per variable in declaration order, and for
    # one variable in the order rustc visits MIR (a branch's `else` before its `then`).
    live_after = _live_after_writes(body)
    order = _block_order(body)
    for i in user:
        unread = i not in body.var_reads
        groups = [g for g in body.assign_groups if g.local == i and g.locations]
        groups.sort(key=lambda g: min((order[b], s) for b, s in g.locations))
        for g in groups:
            if unread and g.kind == "init":
                continue  # the unused-variable warning already covers it
            if any(i in live_after[loc] for loc in g.locations):
                continue
            d = Diagnostic.warning(f"value assigned to `{body.locals[i].name}` is never read",
                                   g.span)
            d.help("maybe it is overwritten before being read?")
            out.emit("unused_assignments", d)


# -- liveness ------------------------------------------------------------------------

def _reads(op) -> set[int]:
    return {op.place.local} if isinstance(op, (ir.Copy, ir.Move)) else set()


def _stmt_reads(st: ir.Assign) -> set[int]:
    rv = st.rvalue
    if isinstance(rv, ir.Use):
        return _reads(rv.op)
    if isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
        return _reads(rv.lhs) | _reads(rv.rhs)
    if isinstance(rv, ir.UnaryOp):
        return _reads(rv.operand)
    if isinstance(rv, ir.Cast):
        return _reads(rv.op)
    if isinstance(rv, ir.Repeat):
        return _reads(rv.op)
    if isinstance(rv, ir.Len):
        return {rv.place.local}
    if isinstance(rv, (ir.Aggregate, ir.MakeClosure)):
        out = set()
        for o in rv.ops:
            out |= _reads(o)
        return out
    if isinstance(rv, ir.Uninit):
        return set()
    if isinstance(rv, ir.Ref):
        return {rv.place.local}
    assert isinstance(rv, ir.Format), f"liveness does not know {type(rv).__name__}"
    if isinstance(rv, ir.Format):
        out: set[int] = set()
        for a in rv.args:
            out |= _reads(a.op)
            for c in (a.width_op, a.precision_op):
                if c is not None:
                    out |= _reads(c)
        return out
    return set()


def _stmt_reads_all(st: ir.Assign) -> set[int]:
    """A write through a reference reads the variable holding the reference."""
    reads = _stmt_reads(st)
    if any(e == ("deref",) for e in st.place.proj):
        reads = reads | {st.place.local}
    return reads


def _term_reads(t) -> set[int]:
    if isinstance(t, ir.SwitchBool):
        return _reads(t.cond)
    if isinstance(t, ir.Assert):
        return _reads(t.cond)
    if isinstance(t, (ir.Call, ir.Intrinsic)):
        out: set[int] = set()
        for a in t.args:
            out |= _reads(a)
        if isinstance(t, ir.Call) and t.callee is not None:
            out |= _reads(t.callee)
        if isinstance(t, ir.Call) and any(e == ("deref",) for e in t.dest.proj):
            out.add(t.dest.local)
        return out
    if isinstance(t, ir.Return):
        return {0}
    return set()


def _term_write(t) -> int | None:
    if isinstance(t, ir.Call) and t.dest.is_local:
        return t.dest.local
    return None




def _transfer_back(live: set[int], reads: set[int], write: int | None) -> set[int]:
    if write is not None:
        live = live - {write}
    return live | reads


def _live_after_writes(body: ir.Body) -> dict[tuple[int, int], set[int]]:
    """For every location, the set of locals live just after it."""
    fake = body.fake_reads   # a let's initialiser, read for liveness (skipped when none)
    blocks = body.blocks
    n = len(blocks)
    # Each block's transfer, backwards from its end: (reads, write) per step, the
    # terminator first; a step with only reads is a let's initialiser (`let _ = x;`).
    steps: list[list[tuple[set[int], int | None]]] = []
    for b, blk in enumerate(blocks):
        t = blk.terminator
        seq = [(_term_reads(t), _term_write(t))]
        if fake and (b, len(blk.statements)) in fake:
            seq.append((fake[(b, len(blk.statements))], None))
        for idx in reversed(range(len(blk.statements))):
            st = blk.statements[idx]
            seq.append((_stmt_reads_all(st), st.place.local if st.place.is_local else None))
            if fake and (b, idx) in fake:
                seq.append((fake[(b, idx)], None))
        steps.append(seq)
    # ... composed into live_in = (live_out - kill) | gen, so the fixpoint below goes
    # block by block instead of statement by statement.
    summary: list[tuple[set[int], set[int]]] = []
    for seq in steps:
        kill: set[int] = set()
        gen: set[int] = set()
        for reads, w in seq:
            if w is not None:
                kill.add(w)
                gen.discard(w)
            gen |= reads
        summary.append((kill, gen))
    succs = [ir.successors(blk.terminator) for blk in blocks]
    live_in: list[set[int]] = [set() for _ in range(n)]
    changed = True
    while changed:
        changed = False
        for b in reversed(range(n)):
            out: set[int] = set()
            for s in succs[b]:
                out |= live_in[s]
            kill, gen = summary[b]
            live = (out - kill) | gen
            if live != live_in[b]:
                live_in[b] = live
                changed = True
    after: dict[tuple[int, int], set[int]] = {}
    for b, blk in enumerate(blocks):
        live: set[int] = set()
        for s in succs[b]:
            live |= live_in[s]
        after[(b, len(blk.statements))] = live
        seq = iter(steps[b])
        reads, w = next(seq)
        live = _transfer_back(live, reads, w)
        if fake and (b, len(blk.statements)) in fake:
            live = live | next(seq)[0]
        for idx in reversed(range(len(blk.statements))):
            after[(b, idx)] = live
            reads, w = next(seq)
            live = _transfer_back(live, reads, w)
            if fake and (b, idx) in fake:
                live = live | next(seq)[0]
    return after


def _block_order(body: ir.Body) -> dict[int, int]:
    """Blocks in depth-first preorder from the entry, false edges first."""
    order: dict[int, int] = {}
    stack = [0]
    while stack:
        b = stack.pop()
        if b in order:
            continue
        order[b] = len(order)
        stack.extend(reversed(ir.successors(body.blocks[b].terminator)))
    for b in range(len(body.blocks)):
        order.setdefault(b, len(order))
    return order
