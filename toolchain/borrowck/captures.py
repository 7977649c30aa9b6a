"""The borrow checker's words for closures' captures (rustc_borrowck's
`explain_captures` and `closure_span`): a loan made by a closure capturing a variable
by reference is labelled at the use in the closure that made it, and calling an
`FnMut` closure through a binding that is not `mut` says which capture needs it.

MIR lowering (mir/build_closures.py) records, on the function's body, each capture's
borrow (the closure's `|..|` span and the borrowed place) with the variable's name and
the use in the closure, and each `FnMut` call's callee span with its closure's facts.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic


def _capture(body, span, place):
    if span is None or not body.capture_uses:
        return None
    return body.capture_uses.get((span.lo, span.hi, place))


def closure_labels(rep, d: Diagnostic, kind: str, place, span, loan) -> None:
    """Labels of a loan conflict whose borrows (old, new) come from closures: the use of
    the captured place in the closure (rustc's `var_subdiag`), and the use that made the
    capture mutable or immutable when it is another one (a merged capture)."""
    body = rep.body
    old = _capture(body, loan.span, loan.place)
    new = _capture(body, span, place) if kind in ("mut", "shared", "reserve", "activate") \
        else None
    if d.code in ("E0499", "E0502") and new is not None and old is not None \
            and new[1] == old[1]:
        # The same closure in a later iteration of a loop: one label for both borrows.
        d.secondary(old[1], f"borrows occur due to use of {_name(rep, place, new)} in closure")
    elif d.code in ("E0499", "E0502"):
        if new is not None:
            _kind_label(d, new, kind in ("mut", "reserve", "activate"))
            d.secondary(new[1], f"second borrow occurs due to use of {_name(rep, place, new)} "
                                "in closure")
        if old is not None:
            _kind_label(d, old, loan.mutable)
            d.secondary(old[1], f"first borrow occurs due to use of "
                                f"{_name(rep, loan.place, old)} in closure")
    elif old is not None:
        _kind_label(d, old, loan.mutable)
        d.secondary(old[1], "borrow occurs due to use in closure")


def _name(rep, place, cap) -> str:
    from .places import describe
    got = describe(rep.body, place, rep.adts)
    return f"`{got if got is not None else cap[0]}`"


def _kind_label(d: Diagnostic, cap, mutable: bool) -> None:
    if len(cap) > 2 and cap[2] != cap[1]:
        d.secondary(cap[2], f"capture is {'mutable' if mutable else 'immutable'} because of "
                            "use here")


def fnmut_call_label(body, d: Diagnostic, span) -> None:
    """E0596 on `&mut f` for calling an `FnMut` closure `f`: the capture that needs it."""
    calls = body.closure_calls
    info = calls.get((span.lo, span.hi)) if calls else None
    if info is None or info.kind_origin is None:
        return
    use, name = info.kind_origin
    cap = next((c for c in info.captures if c.name == name), None)
    why = "possible mutation of" if cap is not None and cap.mode == "value" else \
        "mutable borrow of"
    callee = body.locals[_callee_local(body, span)].name if _callee_local(body, span) is not None \
        else None
    if callee is None:
        return
    d.secondary(use, f"calling `{callee}` requires mutable binding due to {why} `{name}`")


def _callee_local(body, span):
    from ..mir import ir
    for blk in body.blocks:
        for st in blk.statements:
            rv = st.rvalue
            if isinstance(rv, ir.Ref) and rv.span == span:
                return rv.place.local
    return None


def moved_into_closure(body, d: Diagnostic, first_span, how: str = "") -> bool:
    """E0382 after a move into a closure: rustc names the closure and the use in it
    (`how` is "partially " when the closure moved a part of the used value)."""
    moves = getattr(body, "capture_moves", None)
    closure = moves.get(first_span) if moves and first_span is not None else None
    if closure is None:
        return False
    d.secondary(closure, f"value {how}moved into closure here")
    d.secondary(first_span, f"variable {how}moved due to use in closure")
    return True


def moved_by_call(body, d: Diagnostic, name: str, first_span) -> bool:
    """E0382 after calling an `FnOnce` closure: the call moved it."""
    calls = getattr(body, "fnonce_calls", None)
    got = calls.get((first_span.lo, first_span.hi)) if calls and first_span is not None else None
    if got is None:
        return False
    call_span, info = got
    if not getattr(info, "keeps_type_label", False):   # (a boxed `dyn FnOnce` keeps it)
        d.spans = [s for s in d.spans if s.primary]
    d.secondary(call_span, f"`{name}` moved due to this call")
    if info.kind_origin is not None:
        use, var = info.kind_origin
        note = Diagnostic("note", "closure cannot be invoked more than once because it moves "
                                  f"the variable `{var}` out of its environment")
        note.primary(use)
        d.children.append(note)
    note = Diagnostic("note", "this value implements `FnOnce`, which causes it to be moved when "
                              "called")
    note.primary(first_span)
    d.children.append(note)
    return True


def escaping_capture(body, loan, ret) -> Diagnostic | None:
    """A closure's borrow of a local that reaches the function's result (the closure is
    returned inside an adapter, `v.iter().filter(|x| **x > t)` as `impl Iterator`):
    rustc's E0373 with the `move` help, not E0515 (`report_escaping_closure_capture`)."""
    got = _capture(body, loan.span, loan.place)
    if got is None or ret is None:
        return None
    from .closure_escape import e0373
    name, path_span, _ = got
    return e0373(loan.span, name, path_span, ("closure is returned here", ret), loan.span.lo)
