"""`Scope::spawn` keeps its closure's borrows for `'scope` (std's
`fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T> where F: 'scope`).

`'scope` is the region of the scope closure's parameter `s: &'scope Scope<'scope, '_>`,
a region of the caller of that closure: inside its body it holds at every point. So a
loan reaching a spawned closure lives until the body's end, whatever happens to the
handle; two threads capturing `&mut counter` conflict (E0499), as do a thread writing
and anything else reading (E0502). rustc explains it with the parameter's type, the
`spawn` call ("argument requires that `x` is borrowed for `'1`") and std's `'scope`
bound. A closure capturing the scope closure's own local by reference is rustc's E0373
("function requires argument type to outlive `'1`").
"""

from __future__ import annotations

import re

from ..diagnostics.model import Diagnostic, ExternalSpan
from ..std_locations import LIBRARY, file_rank

KEY = "Scope::spawn"
SCOPE = 1 << 41         # node id of a `spawn` call's `'scope`: SCOPE + the call's point

_FILE = LIBRARY + "std/src/thread/scoped.rs"
# rustc 1.95's `F: Send + 'scope` of `Scope::spawn` (its JSON: line 203, columns 35-41).
_BOUND = (203, 35, 203, 41, 7704, 7710)


def is_scope_spawn(ctx, func) -> bool:
    """Is `func` std's `Scope::spawn` (not a learner's method of that name)?"""
    if func != KEY:
        return False
    from ..std import is_std_span
    res = getattr(ctx, "res", None)
    item = res.fns.get(func) if res is not None else None
    return item is not None and is_std_span(item.span)


def note_call(facts, t, p: int) -> None:
    """The closure argument of a `spawn` call flows into the call's `'scope`."""
    if len(t.args) != 2:
        return
    a = t.args[1]
    if not hasattr(a, "place"):
        return
    # (Its `F: Send` is typeck's: typeck/thread_spawn.py.)
    if not facts.holds_ref(a.place):
        return
    node = SCOPE + p
    recv = t.args[0]
    facts.scope_calls[node] = (t.span, recv.place.local if hasattr(recv, "place") else None)
    facts.edge(facts.flow_source(a.place), node, t.span)


def exact(body, scope_call, tcx) -> bool:
    """rustc's words are known for a `spawn` on the scope closure's own parameter
    (`'1`, "has type `&'1 Scope<'1, '_>`"); in a function taking a `&'scope Scope`
    it names `'scope` (and two closures' `&mut` captures are E0524), and for an
    annotated `|s: &Scope<'_, '_>|` it names `'1` at the `&`: refused there."""
    recv = scope_call[1]
    if not (recv == 2 and len(body.locals) > 2 and body.locals[2].is_param
            and body.locals[1].ty is not None and body.locals[1].ty.kind == "closure"):
        return False
    got = re.fullmatch(r"\{closure@(\d+)\}", body.name or "")
    info = tcx.closures.get(int(got.group(1))) if got is not None else None
    return info is not None and all(p.ty is None for p in info.node.params)


def inexact(span):
    from ..unsupported import unsupported
    return unsupported(span, "reporting this borrow conflict of a scoped thread (on a `Scope` "
                       "that is not the scope closure's unannotated parameter)")


def explain(rep, d: Diagnostic, j: int) -> None:
    """rustc's explanation of a loan kept for `'scope` (the "borrowed for `'1`" labels)."""
    from .places import describe
    loan = rep.facts.loans[j]
    body = rep.body
    call, recv = loan.scope_call
    param = body.locals[recv] if recv is not None else None
    if param is not None and param.is_param:
        d.secondary(param.pat_span or param.span, "has type `&'1 Scope<'1, '_>`")
    name = describe(body, loan.place, rep.adts)
    if name is not None:
        d.secondary(call, f"argument requires that `{name}` is borrowed for `'1`")
    n = Diagnostic("note", "requirement that the value outlives `'1` introduced here")
    n.primary(ExternalSpan(_FILE, *_BOUND, file_rank(_FILE)))
    d.children.append(n)


def own_local_loans(facts) -> list:
    """Loans of the scope closure's own locals kept for `'scope`: rustc's E0373 (the
    closure may outlive them), as for a `'static` closure but with `'1`, one error per
    captured local; a loan that is no closure's capture is refused as unsupported."""
    from ..unsupported import unsupported
    from .captures import _capture
    from .closure_escape import e0373
    out = []
    own = [loan for loan in facts.loans if loan.scope_call is not None and loan.span is not None
           and not any(el == ("deref",) for el in loan.place.proj)]
    # rustc reports a closure's captures from the last one (its region errors' order).
    own.sort(key=lambda loan: (loan.span.lo, -loan.point))
    for loan in own:
        got = _capture(facts.body, loan.span, loan.place)
        if got is None:
            out.append(unsupported(loan.span, "a scoped thread borrowing locals of the scope's "
                                   "closure (rustc: E0373)"))
            continue
        if not exact(facts.body, loan.scope_call, facts.ctx.tcx):
            out.append(inexact(loan.span))
            continue
        name, path_span, _ = got
        call, recv = loan.scope_call
        d = e0373(loan.span, name, path_span,
                  ("function requires argument type to outlive `'1`", call), loan.span.lo)
        param = facts.body.locals[recv] if recv is not None else None
        if param is not None and param.is_param:
            d.secondary(param.pat_span or param.span, "has type `&'1 Scope<'1, '_>`")
        out.append(d)
    return out
