"""E0509 for the bindings of one pattern (`let Pair { left, right } = p;`, a `match`
arm): rustc groups the moves out of a value with a `Drop` impl that a pattern's
bindings make (rustc_borrowck's `GroupedMoveError::MovesFromValue`) into one error at
the scrutinee, labelling each binding ("data moved here", "...and here") and offering
`ref` for each."""

from __future__ import annotations

import dataclasses

from ..diagnostics.model import Diagnostic, SpanLabel, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import display


def binding_move(body, op, ctx, container) -> Diagnostic | None:
    """The E0509 of moving `op` into a pattern binding, marked for grouping; None when
    the move is not a binding's (or its pattern is not found)."""
    local = next((i for i, l in enumerate(body.locals) if l.name is not None
                  and (l.pat_span or l.span) == op.span), None)
    if local is None:
        return None
    item = ctx.res.fns.get(body.name)
    found = _pattern_of(item, op.span) if item is not None else None
    if found is None:
        return None
    pat, scrut = found
    if not isinstance(scrut.kind, ast.ExprPath) or ctx_source(ctx, pat.span).startswith("&"):
        return None   # (a place's field, a reference pattern: rustc words those otherwise)
    d = Diagnostic.error(f"cannot move out of type `{display(container)}`, which implements "
                         "the `Drop` trait", code="E0509")
    d.drop_group = (scrut.span, local)
    return d


def ctx_source(ctx, span: Span) -> str:
    src = getattr(ctx.res, "source", None)
    return src.data[span.lo:span.hi].decode() if src is not None else ""


def group(body, diags: list[Diagnostic]) -> list[Diagnostic]:
    """Merge the marked E0509s of one scrutinee into rustc's single error."""
    if not any(hasattr(d, "drop_group") for d in diags):
        return diags
    out: list[Diagnostic] = []
    groups: dict[Span, tuple[Diagnostic, list[int]]] = {}
    for d in diags:
        g = getattr(d, "drop_group", None)
        if g is None:
            out.append(d)
            continue
        scrut, local = g
        if scrut in groups:
            if local not in groups[scrut][1]:
                groups[scrut][1].append(local)
            continue
        groups[scrut] = (d, [local])
        out.append(d)
    for scrut, (d, locals_) in groups.items():
        locals_.sort()
        d.spans.append(SpanLabel(scrut, "cannot move out of here", True))
        for j, i in enumerate(locals_):
            decl = body.locals[i]
            at = decl.pat_span or decl.span
            d.spans.append(SpanLabel(at, "data moved here" if j == 0 else "...and here", False))
            if len(locals_) == 1:
                d.spans.append(SpanLabel(at, f"move occurs because `{decl.name}` has type "
                                         f"`{display(decl.ty)}`, which does not implement the "
                                         "`Copy` trait", False))
        if len(locals_) > 1:
            d.note("move occurs because these variables have types that don't implement the "
                   "`Copy` trait")
        for i in locals_:
            decl = body.locals[i]
            at = (decl.pat_span or decl.span).lo
            d.help("consider borrowing the pattern binding",
                   suggestions=[Suggestion(Span(at, at), "ref ", "MachineApplicable",
                                           "ShowAlways")])
        del d.drop_group
    return out


def _pattern_of(item, span: Span):
    """The (pattern, scrutinee) of the `let`, `if let`/`while let` or `match` arm whose
    pattern holds `span`."""
    stack = [item.kind.body]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.StmtLet) and n.init is not None and _holds(n.pat.span, span):
            return n.pat, n.init
        if isinstance(n, ast.ExprLet) and _holds(n.pat.span, span):
            return n.pat, n.expr
        if isinstance(n, ast.ExprMatch):
            for arm in n.arms:
                if _holds(arm.pat.span, span):
                    return arm.pat, n.scrutinee
        if isinstance(n, (ast.Item, ast.Pat, ast.Ty)):
            continue      # (nested items are bodies of their own)
        if dataclasses.is_dataclass(n):
            for f in dataclasses.fields(n):
                v = getattr(n, f.name)
                if isinstance(v, list):
                    stack.extend(x for x in v if dataclasses.is_dataclass(x))
                elif dataclasses.is_dataclass(v) and not isinstance(v, type):
                    stack.append(v)
    return None


def _holds(outer: Span, inner: Span) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi
