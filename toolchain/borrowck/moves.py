"""E0382: use of a moved value, found by a forward "maybe moved" dataflow over MIR,
as rustc's borrow checker finds it (move paths: a local and a field path under it).

A `Move` operand moves its place; an assignment re-initialises its place and
everything under it. A read of a place that overlaps a maybe-moved path is an error,
reported once per variable, with rustc's labels, notes and help.
"""

from __future__ import annotations

from .clone_note import clone_note

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic, SpanLabel, Suggestion
from ..mir import ir
from ..source import Span
from .arrays import clonable, e0508, moves_out_of_index
from .uninit import e0381, e0384_deferred
from . import for_loops
from . import partial_moves
from . import param_helps
from . import captures
from . import operator_moves
from .dataflow import forward_may


@dataclass(frozen=True)
class MoveSite:
    path: tuple                 # (local, field indices...)
    span: Span
    loc: tuple[int, int]        # (block, statement index; len(statements) = terminator)
    callee: tuple[str, int] | None = None   # moved into argument i of function f
    uninit: bool = False        # not a move: `let x;` left the local without a value
    dest: int | None = None     # the local a `let`/pattern binding moved the value into


def _path(place: ir.Place) -> tuple | None:
    """The move path of a place, or None when it goes through a dereference. A run-time
    index stops the path: `a[i]` is read as part of `a` (move paths are per element
    only at constant indices)."""
    out = [place.local]
    for elem in place.proj:
        if elem[0] == "index":
            break
        if elem == ("deref", "box"):     # a box owns its content (mir/box_derefs.py)
            out.append("*")
            continue
        if elem[0] != "field":
            return None
        out.append(elem[1])
    return tuple(out)


def _overlaps(a: tuple, b: tuple) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _operands_of_rvalue(rv) -> list[tuple[object, bool]]:
    """(operand, is_borrow) pairs: formatting borrows its arguments."""
    if isinstance(rv, ir.Use):
        return [(rv.op, False)]
    if isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
        return [(rv.lhs, False), (rv.rhs, False)]
    if isinstance(rv, ir.UnaryOp):
        return [(rv.operand, False)]
    if isinstance(rv, ir.Cast):
        return [(rv.op, False)]
    if isinstance(rv, (ir.Aggregate, ir.MakeClosure)):
        return [(o, False) for o in rv.ops]
    if isinstance(rv, ir.Repeat):
        return [(rv.op, False)]
    if isinstance(rv, ir.Len):
        return [(ir.Copy(rv.place, rv.span), True)]
    if isinstance(rv, ir.Uninit):
        return []
    if isinstance(rv, ir.Ref):   # borrowing a moved value is an error too
        return [(ir.Copy(rv.place, rv.span), True)]
    if isinstance(rv, ir.Format):
        out = []
        for a in rv.args:
            out.append((a.op, True))
            for c in (a.width_op, a.precision_op):
                if c is not None:
                    out.append((c, True))
        return out
    raise AssertionError(f"move analysis does not know {type(rv).__name__}")


def _operands_of_terminator(t) -> list[tuple[object, bool, int]]:
    """(operand, is_borrow, argument index) pairs."""
    if isinstance(t, ir.SwitchBool):
        return [(t.cond, False, -1)]
    if isinstance(t, ir.Assert):
        return [(t.cond, False, -1)]
    if isinstance(t, ir.Call):
        callee = [(t.callee, False, -1)] if t.callee is not None else []   # a closure value
        return callee + [(a, False, i) for i, a in enumerate(t.args)]
    if isinstance(t, ir.Intrinsic):
        # assert_eq! compares and prints its operands through references.
        return [(a, t.name == "assert_failed", -1) for a in t.args]
    return []




def check_moves(body: ir.Body, ctx) -> list[Diagnostic]:
    """`ctx` answers questions about items: `adt_header(name)`, `is_clone(ty)`,
    `param_info(fn, i)` -> (name span, param type span) or None."""
    n = len(body.blocks)
    errors: dict[int, Diagnostic] = {}
    order: list[int] = []
    discr = body.discr_reads

    def step(state: set, b: int, report: bool) -> set:
        blk = body.blocks[b]
        for idx, st in enumerate(blk.statements):
            for place, span in discr.get((b, idx), ()):   # a match reads the enum's variant
                state = visit(state, ir.Copy(place, span), False, (b, idx), None, report)
            dest = st.place.local if st.place.is_local and isinstance(st.rvalue, ir.Use) else None
            for op, borrow in _operands_of_rvalue(st.rvalue):
                state = visit(state, op, borrow, (b, idx), None, report, dest)
            p = _path(st.place)
            if p is not None and isinstance(st.rvalue, ir.Uninit):
                state = {m for m in state if not _overlaps_under(m.path, p)}
                state.add(MoveSite(p, None, (b, idx), uninit=True))
            # Writing one element `a[i] = v` does not re-initialise the whole array.
            elif p is not None and not any(el[0] == "index" for el in st.place.proj):
                if report and len(p) > 1 and p[0] not in errors and any(
                        m.uninit and len(m.path) < len(p) and p[:len(m.path)] == m.path
                        for m in state):
                    # Assigning a field of a binding that has no value yet.
                    at = min((g.span for g in body.assign_groups if g.local == p[0]
                              and g.span.lo <= st.span.lo and st.span.hi <= g.span.hi),
                             key=lambda sp: sp.hi - sp.lo, default=st.span)
                    errors[p[0]] = e0381(body, p[0], at, True, _fn_ast(ctx, body))
                    order.append(p[0])
                state = {m for m in state if not _overlaps_under(m.path, p)}
        t = blk.terminator
        for op, borrow, i in _operands_of_terminator(t):
            callee = (t.func, i) if isinstance(t, ir.Call) else None
            state = visit(state, op, borrow, (b, len(blk.statements)), callee, report)
        if isinstance(t, ir.Call) or (isinstance(t, ir.Intrinsic) and t.dest is not None):
            p = _path(t.dest)      # (an intrinsic's result initialises too: `dyn_make`)
            if p is not None:
                state = {m for m in state if not _overlaps_under(m.path, p)}
        return state

    def visit(state: set, op, borrow: bool, loc, callee, report: bool, dest=None) -> set:
        if not isinstance(op, (ir.Copy, ir.Move)):
            return state
        p = _path(op.place)
        if p is None:
            return state
        if moves_out_of_index(op):
            if report and ("E0508", op.span) not in errors:
                errors[("E0508", op.span)] = e0508(body, op, ctx)
                order.append(("E0508", op.span))
            return state
        hits = [m for m in state if _overlaps(m.path, p)]
        if hits and report and p[0] not in errors:
            moves = [m for m in hits if not m.uninit]
            if moves:
                errors[p[0]] = _e0382(body, p, op, borrow, loc, moves, ctx)
            else:
                errors[p[0]] = e0381(body, p[0], op.span, False, _fn_ast(ctx, body))
            order.append(p[0])
        if isinstance(op, ir.Move):
            state = set(state)
            state.add(MoveSite(p, op.span, loc, callee, dest=dest))
        return state

    # Fixpoint of the maybe-moved sets at block entries, then one reporting pass.
    entry = forward_may(body, frozenset(), lambda b, st: frozenset(step(set(st), b, False)))
    for b in range(n):
        if entry[b] is not None:
            step(set(entry[b]), b, True)
    diags = [errors[local] for local in order]
    if any(decl.deferred for decl in body.locals):
        diags += e0384_deferred(body)
    diags.sort(key=lambda d: d.spans[0].span.lo if d.spans else 0)
    return diags


def _fn_ast(ctx, body: ir.Body):
    """The function's AST, where E0381 looks for the branches that miss an assignment."""
    res = getattr(ctx, "res", None)
    item = res.fns.get(body.name) if res is not None else None
    return item.kind if item is not None else None


def _overlaps_under(moved: tuple, assigned: tuple) -> bool:
    """Does assigning `assigned` re-initialise the moved path (it is at or under it)?"""
    return moved[:len(assigned)] == assigned


def _innermost_loop(body: ir.Body, span: Span) -> Span | None:
    best = None
    for header, whole in body.loops:
        if whole.lo <= span.lo and span.hi <= whole.hi \
                and for_loops.outside_own_loop(body, span, header):
            if best is None or whole.lo >= best[1].lo:
                best = (header, whole)
    return best[0] if best else None


def _e0382(body: ir.Body, path: tuple, op, borrow: bool, loc, hits: list[MoveSite], ctx
           ) -> Diagnostic:
    if partial_moves.is_field_move(path, hits, op):
        return partial_moves.e0382(body, path, op, borrow, hits, ctx)
    decl = body.locals[path[0]]
    name = decl.name or "value"
    what = "borrow" if borrow else "use"
    d = Diagnostic.error(f"{what} of moved value: `{name}`", op.span,
                         "value borrowed here after move" if borrow else "value used here after move",
                         code="E0382")
    ty = decl.ty
    from ..types import display
    # (A binding is labelled at its pattern: `x` of `x: T`, `mut v` of `let mut v`.)
    d.secondary(decl.pat_span if decl.pat_span else decl.span,
                f"move occurs because `{name}` has type `{display(ty, untrimmed=True)}`, which does "
                "not implement the `Copy` trait")
    first = min(hits, key=lambda m: (m.span.lo if m.span else 0))
    # Reached again around a loop: the same operand, or a move after the use. (`(x, x)`
    # moves twice at one location without any loop.)
    in_loop = (first.loc == loc and first.span == op.span) or (
        first.span is not None and op.span is not None and first.span.lo >= op.span.lo)
    by_for = for_loops.moved_by_for(body, first.span)
    op_note = None
    if in_loop and first.span == op.span:
        # The value is moved by this very expression, in an earlier iteration.
        label = for_loops.move_label(name, True) if by_for else \
            "value moved here, in previous iteration of loop"
        d.spans = [SpanLabel(op.span, label, True)] + [s for s in d.spans if not s.primary]
        loop = _innermost_loop(body, op.span)
        if loop is not None:
            d.secondary(loop, "inside of this loop")
    elif captures.moved_by_call(body, d, name, first.span):
        return d
    elif captures.moved_into_closure(body, d, first.span):
        pass
    elif operator_moves.moved_by_operator(body, first) is not None:   # `a + b` of `Add::add`
        op_span, trait, unary = operator_moves.moved_by_operator(body, first)
        operator_moves.label(d, name, op_span, in_loop)
        op_note = operator_moves.note(trait, unary)
    elif _moved_into_self(body, first, ctx) is not None:
        # `l.send()` with `fn send(self)`: rustc names the method call and its receiver.
        call_span, self_span, key = _moved_into_self(body, first, ctx)
        d.secondary(call_span, f"`{name}` moved due to this method call"
                    + (", in previous iteration of loop" if in_loop else ""))
        from .std_receivers import clone_help, is_option_or_result
        if is_option_or_result(first.callee[0]) and first.span is not None:
            d.secondary(first.span, "help: consider calling `.as_ref()` or `.as_mut()` to "
                                    "borrow the type's contents")
        note = Diagnostic("note", f"`{key}` takes ownership of the receiver `self`, which moves "
                                  f"`{name}`")
        note.primary(self_span)
        d.children.append(note)
        help = clone_help(ty, ctx) if first.span is not None else None
        if help is not None:
            at = Span(first.span.hi, first.span.hi)
            d.help(help, suggestions=[Suggestion(at, ".clone()", "MaybeIncorrect", "ShowAlways")])
        return d
    elif by_for:
        d.secondary(first.span, for_loops.move_label(name, in_loop))
    else:
        d.secondary(first.span, "value moved here, in previous iteration of loop" if in_loop
                    else "value moved here")
    if by_for:
        for_loops.explain(d, name, ty, first.span, ctx)
        return d
    if first.callee is not None and op_note is None:
        info = ctx.param_info(*first.callee)
        if info is not None:
            fn_name, fn_span, param_ty_span = info
            note = Diagnostic("note", "consider changing this parameter type in function "
                                      f"`{fn_name}` to borrow instead if owning the value isn't "
                                      "necessary")
            note.primary(param_ty_span, "this parameter takes ownership of the value")
            note.secondary(fn_span, "in this function")
            d.children.append(note)
    if ty.kind == "param" and first.span is not None \
            and param_helps.not_copy_helps(d, ctx, body.name, ty.name, first.span):
        return d
    if not clone_note(d, ctx, ty, first.span) and first.span is not None and clonable(ty, ctx):
        at = Span(first.span.hi, first.span.hi)
        d.help("consider cloning the value if the performance cost is acceptable",
               suggestions=[Suggestion(at, ".clone()", "MachineApplicable", "ShowAlways")])
    if op_note is not None:
        d.children.append(op_note)
    return d


def _moved_into_self(body: ir.Body, site: MoveSite, ctx):
    """(method call span, `self` parameter span, method path) when the move is into a
    method's `self` receiver."""
    if site.callee is None or site.callee[1] != 0 or "::" not in site.callee[0]:
        return None
    call_span = getattr(body, "method_spans", {}).get(site.loc[0])
    if call_span is None or site.loc[0] in getattr(body, "receiver_moved_before", ()):
        return None
    from .std_receivers import receiver_note
    from ..std import is_std_span
    std = receiver_note(site.callee[0])
    if std is not None:        # rustc's path of the std method and its `self` in rustc's std
        return call_span, std[1], std[0]
    item = ctx.res.fns.get(site.callee[0])
    if item is None or item.kind.sig.self_param is None or is_std_span(item.span):
        return None
    return call_span, item.kind.sig.self_param.span, site.callee[0]
