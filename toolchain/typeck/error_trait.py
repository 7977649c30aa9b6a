"""`impl Error for X` (toolchain/std/error.rs) where `X` lacks one of `Error`'s std
supertraits, `Debug` or `Display`: E0277 in rustc's words for those traits, with its
note at `core::error::Error` in rustc's std (recorded in tests/ui/errtrait)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display

_SHOWN = {"Display": "std::fmt::Display", "Debug": "Debug"}


def is_std_error(res) -> bool:
    """Whether the trait named `Error` is std's (a learner's own `trait Error` is not)."""
    from ..std import is_std_span
    d = res.traits.defs.get("Error")
    return d is not None and d.header is not None and is_std_span(d.header)


def std_supertrait(res, s: Ty, sup: str, at) -> Diagnostic | None:
    """None when `sup` is not a std supertrait this module words."""
    if sup not in _SHOWN:
        return None
    from ..std_locations import std_span
    shown, ty = _SHOWN[sup], display(s)
    adt = res.adts.get(s.name) if s.kind == "adt" else None
    if sup == "Debug":
        e = Diagnostic.error(f"`{ty}` doesn't implement `Debug`", at,
                             f"the trait `Debug` is not implemented for `{ty}`", code="E0277")
        e.note(f"add `#[derive(Debug)]` to `{ty}` or manually `impl Debug for {ty}`")
    else:
        e = Diagnostic.error(f"`{ty}` doesn't implement `{shown}`", at,
                             "unsatisfied trait bound", code="E0277")
        h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{ty}`")
        if adt is not None:
            h.primary(adt.header)
        e.children.append(h)
    e.note("required by a bound in `std::error::Error`", std_span("core::error::Error"))
    if sup == "Debug" and adt is not None:
        from .check import _derive_help
        _derive_help(e, adt, "Debug")
    return e


def bound_e0277(fcx, ob, t: Ty) -> bool:
    """E0277 for `E: Error` at a call, as rustc words it for std's trait (its full path,
    no "has no implementations" help: std implements it for many types)."""
    if ob.trait != "Error" or not is_std_error(fcx.res):
        return False
    from .bounds import _at_call, _note
    shown = "std::error::Error"
    e = _at_call(ob, f"the trait bound `{display(t)}: {shown}` is not satisfied",
                 "unsatisfied trait bound")
    h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{display(t)}`")
    if t.kind == "adt":
        h.primary(fcx.res.adts[t.name].header)
    e.children.append(h)
    e.children.append(_note(fcx, ob))
    fcx.diags.append(e)
    return True
