"""Locals declared without a value (`let x;`): what rustc's borrow checker says about them.

- E0381 (use of a possibly-uninitialised binding) is found by the move dataflow in
  `moves.py`, where `let x;` counts as a move-out of `x`; this module words it: rustc
  looks at the function's source for the branches that miss an initialisation
  (its `ConditionVisitor`) and labels them.
- E0384 for a second assignment to a non-`mut` `let x;`, and which `let mut x;` really
  need `mut` (unused_mut), from an "ever initialised" forward dataflow: an assignment
  is a re-assignment when an earlier one may have run since the `let`.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..syntax import ast
from ..syntax.visit import child_nodes
from .dataflow import forward_may


# -- re-assignments -----------------------------------------------------------------

def reassignments(body: ir.Body) -> list[tuple[ir.AssignGroup, ir.AssignGroup | None]]:
    """Assignments to `let x;` locals that may run after an earlier assignment to the same
    local, each with that earlier one (None when it is the same assignment, in a loop)."""
    deferred = {i for i, l in enumerate(body.locals) if l.deferred}
    groups = [g for g in body.assign_groups if g.local in deferred and g.locations]
    if not groups:
        return []
    at: dict[tuple[int, int], list[int]] = {}
    for gi, g in enumerate(groups):
        for loc in g.locations:
            at.setdefault(loc, []).append(gi)
    # Forward may-analysis of the groups that have run: an `Uninit` (the `let`) clears its
    # local's, as rustc's StorageDead/StorageLive do.
    n = len(body.blocks)
    found: dict[int, set[int]] = {}

    def step(b: int, state: set, record: bool) -> set:
        blk = body.blocks[b]
        for idx in range(len(blk.statements) + 1):
            if idx < len(blk.statements):
                st = blk.statements[idx]
                if isinstance(st.rvalue, ir.Uninit) and st.place.is_local:
                    state = {gi for gi in state if groups[gi].local != st.place.local}
            for gi in at.get((b, idx), ()):
                local = groups[gi].local
                earlier = {gj for gj in state if groups[gj].local == local}
                if earlier and record:
                    found.setdefault(gi, set()).update(earlier)
                state = state | {gi}
        return state

    entry = forward_may(body, frozenset(), lambda b, st: frozenset(step(b, set(st), False)))
    for b in range(n):
        if entry[b] is not None:
            step(b, set(entry[b]), True)
    out = []
    for gi in sorted(found):
        # rustc names the first initialisation in MIR order that may have run.
        first = min(found[gi], key=lambda gj: min(groups[gj].locations))
        out.append((groups[gi], None if first == gi else groups[first]))
    return out


def e0384_deferred(body: ir.Body) -> list[Diagnostic]:
    diags = []
    for g, first in reassignments(body):
        decl = body.locals[g.local]
        if decl.mutable:
            continue
        d = Diagnostic.error(f"cannot assign twice to immutable variable `{decl.name}`", g.span,
                             "cannot assign twice to immutable variable", code="E0384")
        if first is not None and first.span != g.span:
            d.secondary(first.span, f"first assignment to `{decl.name}`")
        at = Span(decl.pat_span.lo, decl.pat_span.lo)
        d.help("consider making this binding mutable",
               suggestions=[Suggestion(at, "mut ", "MachineApplicable", "ShowAlways")])
        diags.append(d)
    return diags


# -- E0381 --------------------------------------------------------------------------

def e0381(body: ir.Body, local: int, use: Span, partial: bool, fn: ast.Fn | None) -> Diagnostic:
    decl = body.locals[local]
    name = decl.name or "value"
    inits = []
    for g in body.assign_groups:
        if g.local == local and g.span not in inits:
            inits.append(g.span)
    errors = _ConditionVisitor(inits, f"`{name}`").run(fn) if fn is not None else []
    later_branch = any(use.lo < sp.lo or (use.lo == sp.lo and use.hi < sp.hi)
                       for sp, _ in errors if not _contains(sp, use))
    show_assign = False
    if partial:
        state = "isn't fully initialized"
    elif not any(not _contains(i, use) and not later_branch for i in inits):
        show_assign = True
        state = "isn't initialized"
    else:
        state = "is possibly-uninitialized"
    verb = "partially assigned" if partial else "used"
    d = Diagnostic.error(f"{verb} binding `{name}` {state}", use,
                         f"`{name}` {verb} here but it {state}", code="E0381")
    if partial:
        d.help("partial initialization isn't supported, fully initialize the binding with a "
               "default value and mutate it, or use `std::mem::MaybeUninit`")
    shown = False
    for sp, label in errors:
        if _before(sp, use):
            d.secondary(sp, label)
            shown = True
    if not shown:
        for sp in inits:
            if _before(sp, use):
                d.secondary(sp, "binding initialized here in some conditions")
    d.secondary(decl.pat_span or decl.span, "binding declared here but left uninitialized")
    if show_assign:
        from ..typeck.value_sugg import value_suggestion
        value = value_suggestion(decl.ty)
        after = decl.ty_span or decl.pat_span or decl.span
        if value is not None:
            d.help("consider assigning a value",
                   suggestions=[Suggestion(Span(after.hi, after.hi), f" = {value}",
                                           "MaybeIncorrect", "ShowAlways")])
    return d


def _contains(outer: Span, inner: Span) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi


def _before(sp: Span, use: Span) -> bool:
    """rustc's `sp < span && !sp.overlaps(span)`."""
    less = (sp.lo, sp.hi) < (use.lo, use.hi)
    overlaps = sp.lo < use.hi and use.lo < sp.hi
    return less and not overlaps


class _ConditionVisitor:
    """rustc's ConditionVisitor: the branches of `if`, `match`, `while` and `for` that
    initialise the binding in some arms but not in others. An arm "initialises" when one
    of its own statements (not a nested one) is an initialising assignment `x = ..;`."""

    def __init__(self, inits: list[Span], name: str):
        self.inits = {(s.lo, s.hi) for s in inits}
        self.name = name
        self.errors: list[tuple[Span, str]] = []

    def run(self, fn: ast.Fn) -> list[tuple[Span, str]]:
        self.walk(fn.body)
        return self.errors

    def walk(self, node) -> None:
        if isinstance(node, ast.Expr):
            self.visit_expr(node)
        for child in child_nodes(node):
            self.walk(child)

    def visit_expr(self, e: ast.Expr) -> None:
        k = e.kind
        n = self.name
        if isinstance(k, ast.ExprIf) and k.else_ is None:
            if self.refs(k.then):
                self.errors.append((k.cond.span, f"if this `if` condition is `false`, {n} is not "
                                                 "initialized"))
                self.errors.append((Span(e.span.hi, e.span.hi),
                                    f"an `else` arm might be missing here, initializing {n}"))
        elif isinstance(k, ast.ExprIf):
            a, b = self.refs(k.then), self.refs(k.else_)
            if a and not b:
                self.errors.append((Span(k.then.span.hi, k.else_.span.lo),
                                    f"if the `if` condition is `false` and this `else` arm is "
                                    f"executed, {n} is not initialized"))
            elif b and not a:
                self.errors.append((k.cond.span, f"if this condition is `true`, {n} is not "
                                                 "initialized"))
        elif isinstance(k, ast.ExprWhile):
            # `while c { b }` is `loop { if c { b } else { break } }` to rustc.
            if self.refs(k.body):
                self.errors.append((k.cond.span, f"if this condition isn't met and the `while` "
                                                 f"loop runs 0 times, {n} is not initialized"))
        elif isinstance(k, ast.ExprForLoop):
            # The `None => break` arm of the desugared `match` never initialises.
            if self.refs(k.body):
                self.errors.append((k.iter.span, f"if the `for` loop runs 0 times, {n} is not "
                                                 "initialized"))
        elif isinstance(k, ast.ExprMatch):
            seen = [self.refs(arm) for arm in k.arms]
            if any(seen) and not all(seen):
                for arm, ok in zip(k.arms, seen):
                    if ok or isinstance(arm.body.kind, ast.ExprReturn):
                        continue
                    if arm.guard is not None:
                        self.errors.append((Span(arm.pat.span.lo, arm.guard.span.hi),
                                            f"if this pattern and condition are matched, {n} "
                                            "is not initialized"))
                    else:
                        self.errors.append((arm.pat.span, f"if this pattern is matched, {n} is "
                                                          "not initialized"))

    def refs(self, node) -> bool:
        """rustc's ReferencedStatementsVisitor: statements are checked, not entered."""
        if isinstance(node, ast.Stmt):
            k = node.kind
            return isinstance(k, ast.StmtExpr) and k.semi and \
                (k.expr.span.lo, k.expr.span.hi) in self.inits
        return any(self.refs(c) for c in child_nodes(node))


