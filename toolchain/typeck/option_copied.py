"""`Option<&T>::copied` and `cloned` (std/option.rs): rustc's `T: Copy` / `T: Clone` on
the methods, which std/option.rs leaves to this check (its bodies copy the value behind
the reference with an intrinsic). A `T` that lacks the trait is rustc's E0277; a `T`
whose `Clone` is not a plain copy of the value (the learner's own impls, `Rc`, cells) is
refused honestly, as for `Iterator::cloned` (typeck/iter_clone.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display
from ..unsupported import unsupported

KEYS = ("Option::copied", "Option::cloned")


def register(fcx, e, k, target: Ty) -> None:
    from .bounds import Obligation
    if not target.args:
        return
    span = k.segment.ident.span
    name = k.segment.ident.name
    ob = Obligation(target.args[0], "Clone", span, name, span, span, None, call_span=e.span,
                    check=_check)
    fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    from .bounds import implements
    from .iter_clone import _plain
    r = fcx.infer.resolve(ob.ty)
    if r.is_error or r.kind != "ref":
        return
    t = fcx.infer.resolve(r.args[0])
    if t.is_error or t.kind in ("var", "proj"):
        return            # (undecided: E0282 elsewhere)
    copy = ob.callee == "copied"
    trait = "Copy" if copy else "Clone"
    if implements(fcx, t, trait) is False:
        _e0277(fcx, ob, t, trait)
        return
    if _plain(fcx, t, copy):
        return
    fcx.diags.append(unsupported(ob.func, f"`Option::{ob.callee}` of `{display(r)}`"))


def _e0277(fcx, ob, t: Ty, trait: str) -> None:
    from ..std_locations import std_span
    from .check import _derive_help
    shown = display(t)
    d = Diagnostic.error(f"the trait bound `{shown}: {trait}` is not satisfied", ob.func,
                         f"the trait `{trait}` is not implemented for `{shown}`", code="E0277")
    path = f"Option::<&T>::{ob.callee}"
    note = Diagnostic("note", f"required by a bound in `{path}`")
    note.primary(std_span(path))
    d.children.append(note)
    from ..std import is_std_span
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" else None
    if adt is not None and not t.args and not is_std_span(adt.span):   # (the learner's)
        _derive_help(d, adt, trait)
    fcx.diags.append(d)
    fcx.tainted = True
