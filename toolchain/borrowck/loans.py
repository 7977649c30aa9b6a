"""Loan checking over MIR, NLL-style (rustc_borrowck's `Borrows` dataflow and its
`check_access_for_conflict`): E0499, E0502, E0503, E0505, E0506, E0597, E0515.

- A loan is made by each `&place` / `&mut place`, and by each implicit reborrow of a
  `&mut` value passed on (`f(m)`, a `&mut` receiver).
- Regions, coarsely: one per local whose type holds a reference. Assignments add
  location-insensitive "outlives" edges (the loan into the local that receives it, a
  reference into the locals it is copied into, the reborrowed reference into the
  reborrow, a call's reference arguments into its result by lifetime elision). A loan's
  region is its own point plus every point where a local reachable from it is live;
  a loan that reaches the return place lives everywhere (it escapes).
- A forward dataflow keeps the loans in scope (made, and every point since in their
  region); each access is checked against them, at most one error per place and span.
- Two-phase borrows: the autoref `&mut` of a method receiver is only reserved (it
  conflicts with mutable loans only) until the call activates it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from ..diagnostics.model import Diagnostic
from ..mir import ir
from .dataflow import forward_may
from ..source import Span
from . import liveness
from .places import conflicts, has_ref, place_ty, set_region_adts
from .signature_regions import call_flows
from .closure_seal import SEAL, capture_sealed, may_hold_closure, sealing
from .scoped_threads import SCOPE, is_scope_spawn, note_call as scope_spawn_call, own_local_loans
from ..types import has_params

SHALLOW = ("write", "dead")
READS = ("read", "shared", "reserve")


@dataclass
class Loan:
    place: ir.Place
    mutable: bool
    span: Span | None
    place_span: Span | None
    point: int
    dest: int | None               # the local that receives the reference
    access: tuple = ()             # (point, index) of the access that makes it
    activation: int | None = None  # two-phase: the point of the call that activates it
    mask: int = 0                  # locals whose liveness keeps the loan alive
    escapes: bool = False          # reaches the return place
    return_span: Span | None = None
    scope_call: tuple | None = None  # kept for a `Scope::spawn`'s `'scope` (scoped_threads.py)


def needs_loan_check(body: ir.Body) -> bool:
    """Only bodies that borrow (or hold a `&mut` to reborrow) can break the rules."""
    for decl in body.locals[1:body.arg_count + 1]:
        if has_ref(decl.ty):
            return True
    return any(isinstance(st.rvalue, ir.Ref) for blk in body.blocks for st in blk.statements)


def check_loans(body: ir.Body, ctx) -> list[Diagnostic]:
    set_region_adts(getattr(ctx.res, "region_adts", ()))
    if not needs_loan_check(body):
        return []
    from .return_regions import check_return
    early = check_return(body, ctx)     # the result against the signature's lifetimes
    facts = Facts(body, ctx)
    facts.walk()
    if not facts.loans:
        return early + own_local_loans(facts)
    facts.regions()
    return early + facts.check()


class Facts:
    def __init__(self, body: ir.Body, ctx):
        self.body, self.ctx = body, ctx
        self.adts = ctx.tcx.adts
        self.base = liveness.points(body)
        n = self.base[-1]
        self.accesses: list[list[list]] = [[] for _ in range(n)]
        self.gens: list[list[int]] = [[] for _ in range(n)]
        self.kills: list[list[int]] = [[] for _ in range(n)]
        self.uses = [0] * n
        self.defs = [0] * n
        self.use_info: dict[tuple[int, int], tuple] = {}   # (point, local) -> (span, call span)
        self.loans: list[Loan] = []
        self.n_locals = len(body.locals)
        self.edges: dict[int, list[tuple[int, Span | None]]] = {}
        self.reserved_temps: dict[int, int] = {}   # temp -> mutable loan it holds
        self.live: list[int] = []
        self.assign_spans: dict | None = None
        self._tys: dict[ir.Place, object] = {}
        # Node of the referent's region of a `&mut` to data holding references (made by
        # `&mut r`, or a parameter's): the locals' own node ids are 0.., loans' after them.
        self.inner: dict[int, int] = {}
        self.stores_to_params: set[int] = set()
        self.mut_ref_of: dict[int, int] = {}  # local made by `&mut x` (x holding references) -> x
        self.stored_into: set[int] = set()    # locals a call stored a borrow into (`v.push(&s)`)
        self.ref_of: dict[int, int] = {}      # local made by `&x` (x holding references) -> x
        self.unsupported_stores: list = []    # calls storing a borrow where Ferrite cannot follow
        self.drop_uses: dict[tuple[int, int], object] = {}   # (point, local) -> type dropped there
        self._closure_holders: dict[int, bool] = {}
        self.scope_calls: dict[int, tuple] = {}  # `'scope` node -> (call span, receiver local)

    # -- facts -----------------------------------------------------------------------
    def walk(self) -> None:
        ends = getattr(self.body, "scope_ends", {})
        # `assert_eq!(a, b)` compares `&a` and `&b`: its operands are borrows, at the
        # macro's span (the failure path passes the same operands on).
        self.macro_borrows = {id(a) for blk in self.body.blocks
                              if isinstance(blk.terminator, ir.Intrinsic)
                              and blk.terminator.name == "assert_failed"
                              for a in blk.terminator.args[:2]}
        for b, blk in enumerate(self.body.blocks):
            p0 = self.base[b]
            for i, st in enumerate(blk.statements):
                self.scope_end(ends.get((b, i)), p0 + i)
                self.statement(st, p0 + i)
            p = p0 + len(blk.statements)
            self.scope_end(ends.get((b, len(blk.statements))), p)
            self.terminator(b, blk.terminator, p)
        if self.drop_uses:
            from .drop_uses import moved_out_drops
            for q, local in moved_out_drops(self.body, self.base, self.drop_uses):
                self.uses[q] &= ~(1 << local)
                del self.drop_uses[(q, local)]

    def edge(self, src: int, dst: int, span) -> None:
        self.edges.setdefault(src, []).append((dst, span))

    def loan_node(self, j: int) -> int:
        return self.n_locals + j

    def use(self, p: int, local: int, span, call_span=None) -> None:
        self.uses[p] |= 1 << local
        self.use_info.setdefault((p, local), (span, call_span))

    def access(self, p: int, kind: str, place: ir.Place, span, own: int | None = None) -> None:
        self.accesses[p].append([kind, place, span, own])

    def new_loan(self, place: ir.Place, mutable: bool, span, place_span, p: int,
                 dest: int | None, kind: str) -> int:
        j = len(self.loans)
        self.loans.append(Loan(place, mutable, span, place_span, p, dest,
                               (p, len(self.accesses[p]))))
        self.access(p, kind, place, span, j)
        self.gens[p].append(j)
        if any(el == ("deref",) for el in place.proj):
            # A reborrow through a reference keeps that reference's loans alive.
            self.edge(place.local, self.loan_node(j), span)
        return j

    def scope_end(self, dead, p: int) -> None:
        for local, span in dead or ():
            self.access(p, "dead", ir.Place(local), span)
            self.defs[p] |= 1 << local
            self.kills[p].append(local)

    def statement(self, st: ir.Assign, p: int) -> None:
        rv, d = st.rvalue, st.place.local
        flow = self.flow_target(st.place) if self.holds_ref(st.place) else None
        if isinstance(rv, ir.Ref):
            span = rv.span or st.span
            self.use(p, rv.place.local, span)
            j = self.new_loan(rv.place, rv.mutable, span, rv.place_span, p, d,
                              "mut" if rv.mutable else "shared")
            self.edge(self.loan_node(j), flow if flow is not None else d, st.span)
            if self.holds_ref(rv.place) and rv.mutable:
                # `&mut T` is invariant in T: what is written through the new reference
                # reaches the borrowed local and back, but not the `&mut`'s own region.
                self.inner[d] = -(d + 1)
                self.mut_ref_of[d] = rv.place.local
                self.edge(rv.place.local, self.inner[d], st.span)
                self.edge(self.inner[d], rv.place.local, st.span)
            elif self.holds_ref(rv.place):
                self.edge(rv.place.local, d, st.span)
                if st.place.is_local and not rv.place.proj:
                    self.ref_of[d] = rv.place.local
            if rv.mutable and st.place.is_local and self.body.locals[d].name is None:
                self.reserved_temps[d] = j
        elif isinstance(rv, ir.Use):
            self.operand(rv.op, p, flow, st.span, reborrow=True)
        elif isinstance(rv, ir.MakeClosure) and flow is not None \
                and sealing(self.ty(st.place)):
            self.edge(SEAL + flow, flow, st.span)
            for op in rv.ops:
                self.operand(op, p, SEAL + flow, st.span, reborrow=True)
        elif isinstance(rv, ir.MakeClosure) and flow is not None:
            # Captures no reference in the result can reach are sealed one by one.
            ct = self.ty(st.place)
            self.edge(SEAL + flow, flow, st.span)
            for op in rv.ops:
                cap = self.ty(op.place) if isinstance(op, (ir.Copy, ir.Move)) else None
                self.operand(op, p, SEAL + flow if capture_sealed(ct, cap, self.adts) else flow,
                             st.span, reborrow=True)
        elif isinstance(rv, (ir.Aggregate, ir.MakeClosure)):
            for op in rv.ops:
                self.operand(op, p, flow, st.span, reborrow=True)
        elif isinstance(rv, ir.Repeat):
            self.operand(rv.op, p, flow, st.span, reborrow=False)
        elif isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
            for op in (rv.lhs, rv.rhs):
                if id(op) in self.macro_borrows and isinstance(op, (ir.Copy, ir.Move)):
                    op = ir.Copy(op.place, st.span)
                    self.operand(op, p, None, st.span, borrow=True)
                else:
                    self.operand(op, p, None, st.span)
        elif isinstance(rv, ir.UnaryOp):
            self.operand(rv.operand, p, None, st.span)
        elif isinstance(rv, ir.Cast):
            self.operand(rv.op, p, None, st.span)
        elif isinstance(rv, ir.Len):
            self.use(p, rv.place.local, rv.span or st.span)
            self.access(p, "read", rv.place, rv.span or st.span)
        elif isinstance(rv, ir.Format):
            for a in rv.args:
                for op in (a.op, a.width_op, a.precision_op):
                    if op is not None:
                        self.operand(op, p, None, st.span, borrow=True)
        elif isinstance(rv, ir.Uninit):
            self.defs[p] |= 1 << d
            self.kills[p].append(d)
            return
        self.write(st.place, st.span, p)

    def operand(self, op, p: int, flow: int | None, span, reborrow: bool = False,
                borrow: bool = False, call_span=None) -> None:
        if not isinstance(op, (ir.Copy, ir.Move)):
            return
        place = op.place
        at = op.span or span
        direct_call = call_span if place.is_local and self.body.locals[place.local].name is None \
            else None
        self.use(p, place.local, op.span, direct_call)
        if borrow:
            self.access(p, "shared", place, at)
        elif isinstance(op, ir.Move):
            self.access(p, "move", place, at)
        elif reborrow and self._is_mut_ref(place):
            # Passing on a `&mut` reborrows it (`&mut *m`): a new mutable loan.
            j = self.new_loan(place.deref(), True, at, at, p, flow, "mut")
            if flow is not None:
                self.edge(self.loan_node(j), flow, span)
            return
        else:
            self.access(p, "read", place, at)
        if flow is not None and self.holds_ref(place):
            self.edge(self.flow_source(place), flow, span)

    def flow_target(self, place: ir.Place) -> int:
        """The region node a value written to `place` flows into."""
        local = place.local
        if any(el == ("deref",) for el in place.proj) and \
                (local in self.inner or self.body.locals[local].is_param):
            return self.inner.setdefault(local, -(local + 1))
        return local

    def flow_source(self, place: ir.Place) -> int:
        local = place.local
        if local in self.inner and any(el == ("deref",) for el in place.proj):
            return self.inner[local]
        return local

    def ty(self, place: ir.Place):
        t = self._tys.get(place, self)
        if t is self:
            t = self.body.locals[place.local].ty if place.is_local else \
                place_ty(self.body, place, self.adts)
            self._tys[place] = t
        return t

    def holds_ref(self, place: ir.Place) -> bool:
        return has_ref(self.ty(place))

    def _is_mut_ref(self, place: ir.Place) -> bool:
        t = self.ty(place)
        return t is not None and t.kind == "ref" and t.mutable

    def write(self, place: ir.Place, span, p: int) -> None:
        span = self._assignment_span(place, span)
        if place.is_local:
            self.defs[p] |= 1 << place.local
            self.kills[p].append(place.local)
        elif any(el == ("deref",) for el in place.proj):
            self.use(p, place.local, span)
        self.access(p, "write", place, span)

    def _assignment_span(self, place: ir.Place, span):
        """rustc points at the whole `lhs = rhs` of a source assignment, where MIR
        lowering gives the statement writing the value the span of `rhs`."""
        if span is None:
            return span
        if self.assign_spans is None:
            self.assign_spans = {}
            for g in self.body.assign_groups:
                if g.kind == "assign":
                    self.assign_spans.setdefault(g.local, []).append(g.span)
        key = place.local if place.is_local or not any(el == ("deref",) for el in place.proj) \
            else -1
        best = span
        for s in self.assign_spans.get(key, ()):
            if s.lo <= span.lo and span.hi <= s.hi and (best is span or s.hi - s.lo < best.hi - best.lo):
                best = s
        return best

    def terminator(self, b: int, t, p: int) -> None:
        if isinstance(t, (ir.SwitchBool, ir.Assert)):
            self.operand(t.cond, p, None, getattr(t, "span", None))
        elif isinstance(t, ir.Call):
            self.call(b, t, p)
        elif isinstance(t, ir.Intrinsic):
            for a in t.args:
                self.operand(a, p, None, t.span, borrow=t.name == "assert_failed")
            if t.name == "drop" and t.extra[0].is_local:
                # The `Drop` code it runs may use the borrows the value holds (drop_uses.py).
                from .drop_uses import drop_code_type
                if drop_code_type(t.extra[1], self.ctx.tcx) is not None:
                    self.use(p, t.extra[0].local, t.span)
                    self.drop_uses[(p, t.extra[0].local)] = t.extra[1]
        elif isinstance(t, ir.Return):
            self.use(p, 0, None)

    def call(self, b: int, t: ir.Call, p: int) -> None:
        flow = t.dest.local if self.holds_ref(t.dest) else None
        only_self = self._returns_from_self(t.func)
        activated = None
        recv = t.args[0] if t.args else None
        if b in getattr(self.body, "method_spans", {}) and isinstance(recv, (ir.Copy, ir.Move)) \
                and recv.place.is_local and recv.place.local in self.reserved_temps:
            activated = self.reserved_temps[recv.place.local]
            loan = self.loans[activated]
            loan.activation = p
            q, i = loan.access
            self.accesses[q][i][0] = "reserve"
        if t.callee is not None:    # a closure value (or the reference to it) is used
            self.operand(t.callee, p, None, t.span)
        sig_flows = call_flows(self.ctx, t.func, len(t.args)) if isinstance(t.func, str) else None
        into = sig_flows[0] if sig_flows is not None else None
        for i, a in enumerate(t.args):
            if i == 0 and flow is not None and self._flows_inner(t.func, a):
                # `it.next()`: the result borrows what `*it` borrows (call_regions.py).
                self.operand(a, p, None, t.span, reborrow=True, call_span=t.fn_span or t.span)
                self.edge(self.flow_source(a.place.deref()), flow, t.span)
                continue
            flows = (i == 0 or not only_self) if into is None else i in into
            if flows and into is not None and not into[i] and flow is not None \
                    and isinstance(a, (ir.Copy, ir.Move)) and a.place.is_local \
                    and a.place.local in self.ref_of:
                # `e.part()` returning `&'a str` of an `&'s Excerpt<'a>`: the result holds
                # what `e` holds, not the borrow of `e` itself.
                self.operand(a, p, None, t.span, reborrow=True, call_span=t.fn_span or t.span)
                self.edge(self.ref_of[a.place.local], flow, t.span)
                continue
            self.operand(a, p, flow if flows else None, t.span,
                         reborrow=True, call_span=t.fn_span or t.span)
        self._inner_through(t, into, only_self)
        if sig_flows is not None and sig_flows[1]:
            self.stores_into_args(t, p, sig_flows[1])
        if activated is not None:
            self.access(p, "activate", self.loans[activated].place, t.span, activated)
        if isinstance(t.func, str) and is_scope_spawn(self.ctx, t.func):
            scope_spawn_call(self, t, p)
        self.write(t.dest, t.span, p)

    def _inner_through(self, t: ir.Call, into, only_self: bool) -> None:
        """A `&mut` a call returns from a `&mut` argument (`map.entry(k)`, then
        `.or_default()`; `v.last_mut()`, then `.unwrap()`) points into that argument's
        referent: what is later stored through it (`.push(r)`) is stored there."""
        if not t.dest.is_local or t.dest.local in self.inner or not _has_mut_ref(self.ty(t.dest)):
            return
        got = [a.place.local for i, a in enumerate(t.args)
               if isinstance(a, (ir.Copy, ir.Move)) and a.place.is_local
               and a.place.local in self.inner and _has_mut_ref(self.ty(a.place))
               and ((i == 0 or not only_self) if into is None else i in into)]
        if len(got) == 1:
            self.inner[t.dest.local] = self.inner[got[0]]

    def _flows_inner(self, func: str, a) -> bool:
        res = getattr(self.ctx, "res", None)
        if res is None or not isinstance(a, (ir.Copy, ir.Move)) or not self._is_mut_ref(a.place):
            return False
        from .call_regions import result_borrows_self
        return result_borrows_self(res, func) is False and a.place.local in self.inner

    def stores_into_args(self, t: ir.Call, p: int, stores: list) -> None:
        """`v.push(r)`, `set(&mut holder, r)`: the signature lets an argument's references
        be stored into a `&mut` argument's referent, which then keeps them alive."""
        for i, j, through_ref in stores:
            src, dst = t.args[i], t.args[j]
            if not isinstance(src, (ir.Copy, ir.Move)) or not self.holds_ref(src.place) \
                    or not isinstance(dst, (ir.Copy, ir.Move)):
                continue
            dst_ty = self.ty(dst.place)
            if dst_ty is not None and dst_ty.kind == "ref" and not has_ref(dst_ty.args[0]) \
                    and not has_params(dst_ty.args[0]):
                continue     # nothing behind that `&mut` can hold a reference
            source = self.flow_source(src.place)
            if not through_ref and src.place.is_local and src.place.local in self.ref_of:
                source = self.ref_of[src.place.local]    # only what it points to is stored
            elif not through_ref and not has_ref(self.ty(src.place).args[0]
                                                 if self.ty(src.place).kind == "ref" else None):
                continue     # `extend_from_slice(&[1, 2])`: the items hold no reference
            local = dst.place.local
            if dst.place.is_local and local in self.inner:
                target = self.inner[local]
                if local in self.mut_ref_of:
                    self.stored_into.add(self.mut_ref_of[local])
            elif dst.place.is_local and self.body.locals[local].is_param:
                target = self.flow_target(dst.place.deref())
            else:
                self.unsupported_stores.append(t.span)
                continue
            self.edge(source, target, t.span)

    def _returns_from_self(self, func: str) -> bool:
        """Lifetime elision: a method with `&self`/`&mut self` returns borrows of `self`."""
        res = getattr(self.ctx, "res", None)
        item = res.fns.get(func) if res is not None else None
        sp = item.kind.sig.self_param if item is not None else None
        return sp is not None and sp.kind == "ref"

    # -- regions ---------------------------------------------------------------------
    def regions(self) -> None:
        n = self.n_locals
        every = 0
        for j, loan in enumerate(self.loans):
            start = self.loan_node(j)
            seen = {(start, False)}
            queue = deque([(start, None, False)])
            mask = 0
            while queue:
                node, via, sealed = queue.popleft()
                if node < 0 and self.body.locals[-node - 1].is_param:
                    # Stored through a `&mut` parameter: it must outlive the call.
                    self.stores_to_params.add(j)
                if 0 <= node < n:
                    mask |= 1 << node
                    if node == 0 and not loan.escapes:
                        loan.escapes, loan.return_span = True, via
                if node >= SCOPE and loan.scope_call is None:
                    loan.scope_call = self.scope_calls[node]    # (scoped_threads.py)
                if node >= SEAL:
                    sealed = True       # captured by a closure (closure_seal.py)
                for nxt, span in self.edges.get(node, ()):
                    if sealed and 0 <= nxt < n and not self._may_hold_closure(nxt):
                        continue
                    if (nxt, sealed) not in seen:
                        seen.add((nxt, sealed))
                        queue.append((nxt, span, sealed))
            loan.mask = mask
            every |= mask
        self.live = liveness.live_in(self.body, self.base, [u & every for u in self.uses],
                                     [d & every for d in self.defs])

    def _may_hold_closure(self, local: int) -> bool:
        got = self._closure_holders.get(local)
        if got is None:
            got = self._closure_holders[local] = may_hold_closure(self.body.locals[local].ty)
        return got

    def in_region(self, j: int, p: int) -> bool:
        """Is point `p` in loan `j`'s region? (Its own point is too, but the loan is made
        after the check there: a loan of an earlier iteration must be live by itself.)"""
        loan = self.loans[j]
        return loan.escapes or loan.scope_call is not None or bool(self.live[p] & loan.mask)

    # -- checking --------------------------------------------------------------------
    def check(self) -> list[Diagnostic]:
        from . import loan_errors
        # Overwriting or ending a local ends the loans of places under it.
        self.loans_of: dict[int, int] = {}
        for j, loan in enumerate(self.loans):
            self.loans_of[loan.place.local] = self.loans_of.get(loan.place.local, 0) | 1 << j
        nb = len(self.body.blocks)
        entry = forward_may(self.body, 0, lambda b, st: self.run_block(b, st, None))
        report = loan_errors.Reporter(self)
        for b in range(nb):
            if entry[b] is not None:
                self.run_block(b, entry[b], report)
        from ..unsupported import unsupported
        # rustc wants such a borrow to outlive the parameter's lifetime (E0597 with
        # "assignment requires that ... is borrowed for `'1`"), which is not modelled.
        return own_local_loans(self) + \
            [unsupported(self.loans[j].span, "storing a borrow through a `&mut` parameter")
                for j in sorted(self.stores_to_params) if self.loans[j].span is not None] \
            + [unsupported(s, "storing a borrow into a value behind this kind of `&mut`")
               for s in self.unsupported_stores] + report.diags

    def run_block(self, b: int, state: int, report) -> int:
        for p in range(self.base[b], self.base[b + 1]):
            m = state
            while m:
                low = m & -m
                m ^= low
                if not self.in_region(low.bit_length() - 1, p):
                    state &= ~low
            if report is not None and state:
                self.check_point(p, state, report)
            for local in self.kills[p]:
                state &= ~self.loans_of.get(local, 0)
            for j in self.gens[p]:
                state |= 1 << j
        if report is not None and isinstance(self.body.blocks[b].terminator, ir.Return):
            report.escapes(self.base[b + 1] - 1, state)
        return state

    def check_point(self, p: int, state: int, report) -> None:
        for kind, place, span, own in self.accesses[p]:
            if span is None or (kind == "activate" and own in report.failed_reservations):
                continue
            if (place, span) in report.reported:
                continue
            m = state
            while m:
                low = m & -m
                m ^= low
                j = low.bit_length() - 1
                if j == own and kind == "activate":
                    continue
                loan = self.loans[j]
                if not conflicts(loan.place, place, kind in SHALLOW):
                    continue
                if kind in READS:
                    reserved = loan.activation is not None and p <= loan.activation
                    if not loan.mutable or reserved:
                        continue
                report.conflict(kind, place, span, j, p, own)
                break

    # -- explaining ------------------------------------------------------------------
    def later_use(self, j: int, p: int):
        """rustc's `explain_why_borrow_contains_point`: the next use of a local that keeps
        loan `j` alive after point `p` -> (span, call span or None, in a later iteration)."""
        loan = self.loans[j]
        start, in_loop = p, False
        if p == loan.point:
            head = self._loop_head_in_region(j)
            if head is not None:
                start, in_loop = head, True
        local = self._live_holder(j, start)
        if local is None:
            return None
        bit = 1 << local
        seen = {start}
        queue = deque([start])
        while queue:
            q = queue.popleft()
            if q != start and not self.live[q] & bit:
                continue
            info = self.use_info.get((q, local))
            if info is not None and self.uses[q] & bit:
                if (q, local) in self.drop_uses:
                    return info[0], ("drop", local, self.drop_uses[(q, local)]), in_loop
                return info[0], info[1], in_loop
            if self.defs[q] & bit and q != start:
                continue
            for nxt in self._successors(q):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return None

    def _successors(self, p: int) -> list[int]:
        b = self._block_of(p)
        if p + 1 < self.base[b + 1]:
            return [p + 1]
        return [self.base[s] for s in ir.successors(self.body.blocks[b].terminator)]

    def _block_of(self, p: int) -> int:
        from bisect import bisect_right
        return bisect_right(self.base, p) - 1

    def _live_holder(self, j: int, p: int) -> int | None:
        """The first local, along the region edges from the loan, that is live at `p`."""
        start = self.loan_node(j)
        seen = {start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if 0 <= node < self.n_locals and self.live[p] >> node & 1 \
                    and self.loans[j].mask >> node & 1:      # (not sealed away from it)
                return node
            for nxt, _ in self.edges.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return None

    def _loop_head_in_region(self, j: int) -> int | None:
        heads = sorted({s for b, blk in enumerate(self.body.blocks)
                        for s in ir.successors(blk.terminator) if s <= b})
        for h in heads:
            if self.in_region(j, self.base[h]):
                return self.base[h]
        return None


def _has_mut_ref(t) -> bool:
    """Whether type `t` holds a `&mut` (`&mut V`, `Option<&mut V>`, `Entry<'_, K, V>`'s
    are std ADTs whose fields Ferrite does not list: an ADT holding a borrow counts)."""
    if t is None:
        return False
    if t.kind == "ref":
        return t.mutable or _has_mut_ref(t.args[0])
    return any(_has_mut_ref(a) for a in t.args if hasattr(a, "kind")) \
        or t.kind == "adt" and t.name in _MUT_HOLDERS


# std's ADTs that hold a `&mut` of the collection they came from (`map.entry(k)`).
_MUT_HOLDERS = frozenset({"std::collections::hash_map::Entry",
                          "std::collections::btree_map::Entry"})
