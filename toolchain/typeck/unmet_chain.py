"""rustc's E0599 on the method after a std adapter whose bounds failed.

When an iterator adapter's own bound does not hold (`v.iter().flatten()` over `&i32`
items, `repeat(x)` of a non-`Clone` `x`), rustc reports that error at the adapter and
then, on the next method of the chain, an E0599: "the method `collect` exists for
struct `Flatten<..>`, but its trait bounds were not satisfied", listing the bounds of
the adapter's `Iterator` impl that fail, each "required by `Adapter: Iterator`", and
last `Adapter: Iterator` itself, "required by `&mut Adapter: Iterator`" (the blanket
impl rustc also probes).

The check that reports the adapter's error records here (by the adapter call's
expression id) what rustc would list; the method call on that expression then reports
the E0599 in place of Ferrite's own impl selection, which cannot tell the adapter's
undecided type parameters (`Flatten`'s items' iterator) apart from a real failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, Ty


@dataclass
class Unmet:
    """What rustc lists for an adapter whose `Iterator` impl does not hold."""
    shown: str                       # the adapter's type as rustc prints it
    noun: str                        # "struct"
    bounds: list[str]                # the impl's failing bounds, as rustc prints them
    # (span, label) for the "doesn't satisfy" labels on the learner's types
    labels: list = field(default_factory=list)
    # extra children (the derive help rustc repeats), appended after the note
    children: list = field(default_factory=list)


def record(fcx, expr_id: int, unmet: Unmet) -> None:
    if not hasattr(fcx, "unmet_chains"):
        fcx.unmet_chains = {}
    fcx.unmet_chains[expr_id] = unmet


def _iterator_method(fcx, name: str) -> bool:
    d = fcx.res.traits.defs.get("Iterator")
    return d is not None and name in d.items


def _by_mut_ref(fcx, name: str) -> bool:
    sig = fcx.results.sigs.get(f"<Self as Iterator>::{name}")
    return sig is not None and bool(sig.params) and sig.params[0].kind == "ref" \
        and sig.params[0].mutable


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall) -> Ty | None:
    """The E0599 when `k`'s receiver is an adapter recorded above and `k` calls an
    `Iterator` method; None otherwise."""
    chains = getattr(fcx, "unmet_chains", None)
    if not chains:
        return None
    u = chains.get(k.receiver.id)
    name = k.segment.ident.name
    if u is None or not _iterator_method(fcx, name):
        return None
    at = k.segment.ident.span
    d = Diagnostic.error(f"the method `{name}` exists for {u.noun} `{u.shown}`, but its trait "
                         "bounds were not satisfied", at,
                         f"method cannot be called on `{u.shown}` due to unsatisfied trait "
                         "bounds", code="E0599")
    for span, label in u.labels:
        d.secondary(span, label)
    lines = [f"`{b}`\nwhich is required by `{u.shown}: Iterator`" for b in u.bounds]
    if not _by_mut_ref(fcx, name):   # (`any(&mut self)`: rustc probes no `&mut &mut I`)
        lines.append(f"`{u.shown}: Iterator`\nwhich is required by `&mut {u.shown}: Iterator`")
    d.note("the following trait bounds were not satisfied:\n" + "\n".join(lines))
    d.children.extend(u.children)
    for a in k.args:
        if not isinstance(a.kind, ast.ExprClosure):      # (rustc says nothing of those)
            fcx.check_expr(a, None)
    fcx.diags.append(d)
    fcx.tainted = True
    return ERROR
