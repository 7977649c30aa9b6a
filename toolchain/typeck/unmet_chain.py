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
    for a in k.args:
        if not isinstance(a.kind, ast.ExprClosure):      # (rustc says nothing of those)
            fcx.check_expr(a, None)
    _emit(fcx, k, u)
    return ERROR


# std's adapters whose name std has twice (`std::io::Repeat`): rustc keeps their path.
_AMBIGUOUS = {"std::iter::Repeat"}
_DERIVABLE = {"Clone", "Copy", "Debug", "Default", "PartialEq", "Eq", "Hash", "PartialOrd",
              "Ord"}


def _shown(t: Ty) -> str:
    from ..types import display
    s = display(t, full=True)
    return "std::iter::" + s if t.kind == "adt" and t.name in _AMBIGUOUS else s


def impl_bounds(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, info, unmet) -> bool:
    """The E0599 for an `Iterator` method of a std adapter whose `Iterator` impl needs a
    derivable std trait the learner's type lacks (`Repeat<T>` needs `T: Clone`), with
    rustc's "doesn't satisfy" labels and derive helps; False when not that case."""
    from ..std import is_std_span
    from ..types import display
    from .check import _derive_help
    if info.imp.trait != "Iterator" or rt.kind != "adt" or not _iterator_method(
            fcx, k.segment.ident.name):
        return False
    labels, bounds, children = [], [], []
    for a, trait, _ in unmet:
        adt = fcx.res.adts.get(a.name) if a.kind == "adt" and not a.args else None
        td = fcx.res.traits.defs.get(trait)
        if adt is None or is_std_span(adt.span) or trait not in _DERIVABLE or td is None \
                or not td.is_std:
            return False
        labels.append((adt.header, f"doesn't satisfy `{display(a)}: {trait}`"))
        bounds.append(f"{display(a)}: {trait}")
        help_at = Diagnostic("help", "")
        _derive_help(help_at, adt, trait)
        children.extend(help_at.children)
    _emit(fcx, k, Unmet(_shown(rt), "struct", bounds, labels, children))
    return True


def _emit(fcx, k: ast.ExprMethodCall, u: Unmet) -> None:
    name = k.segment.ident.name
    at = k.segment.ident.span
    on = f"on `{u.shown}` " if len(u.shown) <= 50 else ""    # (rustc drops a long type)
    d = Diagnostic.error(f"the method `{name}` exists for {u.noun} `{u.shown}`, but its trait "
                         "bounds were not satisfied", at,
                         f"method cannot be called {on}due to unsatisfied trait bounds",
                         code="E0599")
    for span, label in u.labels:
        d.secondary(span, label)
    lines = [f"`{b}`\nwhich is required by `{u.shown}: Iterator`" for b in u.bounds]
    if not _by_mut_ref(fcx, name):   # (`any(&mut self)`: rustc probes no `&mut &mut I`)
        lines.append(f"`{u.shown}: Iterator`\nwhich is required by `&mut {u.shown}: Iterator`")
    d.note("the following trait bounds were not satisfied:\n" + "\n".join(lines))
    d.children.extend(u.children)
    fcx.diags.append(d)
    fcx.tainted = True
