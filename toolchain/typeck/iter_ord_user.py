"""`Iterator::max`/`min` over the learner's struct or enum that is not `Ord` (a derived
or hand-written `PartialOrd` alone is not enough): rustc's E0277 "the trait bound `S: Ord`
is not satisfied", with the method-chain note and the bound's place in `iterator.rs`.

rustc words it two ways: when every field's type is `Ord` it labels the method with
"the trait `Ord` is not implemented for `S`" and ends with a `#[derive(Ord)]` help; when
a field's type is not (an `f64`), it labels "unsatisfied trait bound" and points a help
at the type instead, with no derive help. Other fields (another of the learner's types,
a type parameter) are left to the caller's honest refusal."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import std_span
from ..types import Ty, subst


def e0277(fcx, ob, item: Ty, field_ord) -> bool:
    """True when reported (`field_ord`: iter_ord._ord, True/False/None per type)."""
    from ..std import is_std_span
    if item.kind != "adt" or item.args:
        return False
    adt = fcx.res.adts.get(item.name)
    layout = fcx.results.adts.get(item.name)
    e = getattr(ob, "call_expr", None)
    if adt is None or layout is None or e is None or is_std_span(adt.span):
        return False
    tys = list(layout.tys)
    for v in layout.variants:
        tys += list(getattr(v, "tys", []) or [])
    got = [field_ord(subst(t, ())) for t in tys]
    if None in got:
        return False
    from .collect_diags import _chain_note
    chain = _chain_note(fcx, e)
    if chain is None:
        return False
    from .check import _derive_help
    name = item.name
    all_ord = all(got)
    d = Diagnostic.error(f"the trait bound `{name}: Ord` is not satisfied", ob.func,
                         f"the trait `Ord` is not implemented for `{name}`" if all_ord
                         else "unsatisfied trait bound", code="E0277")
    if not all_ord:
        h = Diagnostic("help", f"the trait `Ord` is not implemented for `{name}`")
        h.primary(adt.header)
        d.children.append(h)
    d.children.append(chain)
    note = Diagnostic("note", f"required by a bound in `std::iter::Iterator::{ob.callee}`")
    note.primary(std_span(f"core::iter::Iterator::{ob.callee}"))
    d.children.append(note)
    if all_ord:
        _derive_help(d, adt, "Ord")
    fcx.diags.append(d)
    return True
