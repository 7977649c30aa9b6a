"""The words of rustc's loan errors (rustc_borrowck's `report_conflicting_borrow`,
`report_use_while_mutably_borrowed`, `report_move_out_while_borrowed`,
`report_illegal_mutation_of_borrowed`, `report_borrowed_value_does_not_live_long_enough`
and `try_report_cannot_return_reference_to_local`), with the "later used here"
explanation found by `loans.Facts.later_use`."""

from __future__ import annotations

from .clone_note import clone_note

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from .arrays import clonable
from . import captures
from ..types import BORROWING_ADTS
from .places import describe, describe_any, place_ty


class Reporter:
    def __init__(self, facts):
        self.facts = facts
        self.body = facts.body
        self.adts = facts.adts
        self.diags: list[Diagnostic] = []
        self.reported: set = set()              # (place, span) of accesses reported
        self.failed_reservations: set[int] = set()
        self.escaped: set[int] = set()          # loans reported as E0515

    def desc(self, place: ir.Place) -> str:
        return describe_any(self.body, place, self.adts)

    def conflict(self, kind: str, place: ir.Place, span: Span, j: int, p: int, own) -> None:
        self.reported.add((place, span))
        if kind == "reserve":
            self.failed_reservations.add(own)
        loan = self.facts.loans[j]
        if loan.scope_call is not None and not any(el == ("deref",) for el in loan.place.proj):
            return          # refused as unsupported (scoped_threads.own_local_loans)
        if kind == "dead":
            d = self.dead(place, span, j, p)
        elif kind in ("mut", "reserve", "activate") and loan.mutable:
            d = self.two_mut(place, span, loan, j, p)
        elif kind in ("mut", "reserve", "activate", "shared"):
            d = self.mut_and_shared(kind, place, span, loan, j, p)
        elif kind == "read":
            d = Diagnostic.error(f"cannot use {self.desc(place)} because it was mutably borrowed",
                                 span, f"use of borrowed {self.desc(loan.place)}", code="E0503")
            d.secondary(loan.span, f"{self.desc(loan.place)} is borrowed here")
            self.explain(d, j, p, "")
        elif kind == "move":
            d = self.move_out(place, span, loan, j, p)
        else:
            desc = self.desc(place)
            d = Diagnostic.error(f"cannot assign to {desc} because it is borrowed", span,
                                 f"{desc} is assigned to here but it was already borrowed",
                                 code="E0506")
            d.secondary(loan.span, f"{desc} is borrowed here")
            self.explain(d, j, p, "")
        if d is not None:
            captures.closure_labels(self, d, kind, place, span, loan)
            if loan.scope_call is not None:       # (borrowck/scoped_threads.py)
                from .scoped_threads import exact, inexact
                d = d if exact(self.body, loan.scope_call, self.facts.ctx.tcx) else inexact(span)
            self.diags.append(d)

    def two_mut(self, place, span, loan, j, p) -> Diagnostic:
        desc = self.desc(place)
        d = Diagnostic.error(f"cannot borrow {desc} as mutable more than once at a time", code="E0499")
        if loan.span == span:
            d.primary(span, f"{desc} was mutably borrowed here in the previous iteration of the loop")
        else:
            d.primary(span, "second mutable borrow occurs here")
            d.secondary(loan.span, "first mutable borrow occurs here")
        self.explain(d, j, p, "first ")
        return d

    def mut_and_shared(self, kind, place, span, loan, j, p) -> Diagnostic:
        new, old = ("immutable", "mutable") if kind == "shared" else ("mutable", "immutable")
        d = Diagnostic.error(f"cannot borrow {self.desc(place)} as {new} because it is also "
                             f"borrowed as {old}", span, f"{new} borrow occurs here", code="E0502")
        d.secondary(loan.span, f"{old} borrow occurs here")
        self.explain(d, j, p, f"{old} ")
        return d

    def move_out(self, place, span, loan, j, p) -> Diagnostic:
        ctx = self.facts.ctx
        d = Diagnostic.error(f"cannot move out of {self.desc(place)} because it is borrowed", span,
                             f"move out of {self.desc(place)} occurs here", code="E0505")
        d.secondary(loan.span, f"borrow of {self.desc(loan.place)} occurs here")
        self.binding_label(d, place)
        self.explain(d, j, p, "")
        ty = place_ty(self.body, place, self.adts)
        at = loan.place_span or loan.span
        if not clone_note(d, ctx, ty, at) and ty is not None and clonable(ty, ctx):
            d.help("consider cloning the value if the performance cost is acceptable",
                   suggestions=[Suggestion(Span(at.hi, at.hi), ".clone()", "MachineApplicable",
                                           "ShowAlways")])
        return d

    def binding_label(self, d: Diagnostic, place: ir.Place) -> None:
        decl = self.body.locals[place.local]
        if decl.name is not None:
            d.secondary(decl.pat_span or decl.span, f"binding `{decl.name}` declared here")

    def dead(self, place, span, j, p) -> Diagnostic | None:
        loan = self.facts.loans[j]
        if loan.escapes:
            return self.returned(j)
        name = describe(self.body, loan.place, self.adts)
        if name is None:
            from .temporaries import dropped_temporary
            return dropped_temporary(self, loan, j, p)
        d = Diagnostic.error(f"`{name}` does not live long enough", loan.span,
                             "borrowed value does not live long enough", code="E0597")
        self.binding_label(d, loan.place)
        d.secondary(span, f"`{name}` dropped here while still borrowed")
        self.explain(d, j, p, "")
        from .collection_note import stored_in_collection
        stored_in_collection(self.facts, d, j, p, name)
        return d

    def escapes(self, p: int, state: int) -> None:
        """At a return: loans of the function's own data that reach the return place."""
        m = state
        while m:
            low = m & -m
            m ^= low
            j = low.bit_length() - 1
            loan = self.facts.loans[j]
            # (A temporary may be a promoted constant, `&0`: only named data is known
            # to die with the function.)
            if loan.escapes and not any(el == ("deref",) for el in loan.place.proj) \
                    and self.body.locals[loan.place.local].name is not None:
                d = self.returned(j)
                if d is not None:
                    self.diags.append(d)

    def returned(self, j: int) -> Diagnostic | None:
        if j in self.escaped:
            return None
        self.escaped.add(j)
        loan = self.facts.loans[j]
        decl = self.body.locals[loan.place.local]
        name = describe(self.body, loan.place, self.adts)
        ret = loan.return_span or loan.span
        escaping = captures.escaping_capture(self.body, loan, ret)
        if escaping is not None:
            return escaping
        if name is None:
            what, note = "temporary value", "temporary value created here"
        else:
            kind = "local data " if loan.place.proj else \
                "function parameter " if decl.is_param else "local variable "
            what, note = f"{kind}`{name}`", f"`{name}` is borrowed here"
        reference = "reference to" if ret == loan.span else "value referencing"
        d = Diagnostic.error(f"cannot return {reference} {what}", ret,
                             f"returns a {reference} data owned by the current function",
                             code="E0515")
        if ret != loan.span:
            d.secondary(loan.span, note)
        if _returns_iterator(self.body.locals[0].ty):
            d.help("use `.collect()` to allocate the iterator")
        return d

    def explain(self, d: Diagnostic, j: int, p: int, prefix: str) -> None:
        if self.facts.loans[j].scope_call is not None:    # kept for `'scope`
            from .scoped_threads import explain
            explain(self, d, j)
            return
        found = self.facts.later_use(j, p)
        if found is None:
            return
        span, call_span, in_loop = found
        if isinstance(call_span, tuple):       # a drop running `Drop` code (drop_uses.py)
            from .drop_uses import label
            _, local, ty = call_span
            name = self.body.locals[local].name
            if span is not None and name is not None:
                d.secondary(span, label(prefix, name, ty, self.facts.ctx))
            return
        if call_span is not None:
            at, what = call_span, "used by call"
        elif span is not None:
            at, what = span, "used here"
        else:
            return
        if in_loop:
            d.secondary(at, f"{prefix}borrow {what}, in later iteration of loop")
        else:
            d.secondary(at, f"{prefix}borrow later {what}")


_ITER_OPAQUES = ("impl Iterator", "impl DoubleEndedIterator", "impl ExactSizeIterator")


def _returns_iterator(t) -> bool:
    """Does the function return an iterator (rustc then suggests collecting it)?"""
    if t is None:
        return False
    if t.kind == "opaque":
        return t.name.startswith(_ITER_OPAQUES)
    return t.kind == "adt" and (t.name.startswith("std::iter::") or (
        t.name in BORROWING_ADTS and t.name.rsplit("::", 1)[-1] not in ("Entry", "Ref", "RefMut")))
