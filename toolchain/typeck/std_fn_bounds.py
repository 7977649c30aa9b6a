"""rustc's E0277 when an argument of one of std's free functions lacks the function's
std-trait bound (`std::iter::repeat(Token)` of a non-`Clone` `Token`): the error at the
argument, the call's label, the note into rustc's std (std_locations.py) and the
derive help for the learner's type. Other functions and traits stay unsupported
(typeck/bounds.py) until their wording is recorded."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display

# callee (its name in Ferrite's std) -> (as rustc's note names it, its std_locations
# key, the std traits recorded for it)
_FNS = {"repeat": ("std::iter::repeat", "core::iter::repeat", {"Clone"})}
_DERIVABLE = {"Clone", "Copy", "Debug", "Default", "PartialEq", "Eq", "Hash", "PartialOrd",
              "Ord"}


def e0277(fcx, ob, t: Ty) -> bool:
    """Report it when recorded for `ob`'s callee and trait; False otherwise."""
    from ..std import is_std_span
    from ..std_locations import std_span
    got = _FNS.get(ob.callee)
    if got is None or ob.trait not in got[2] or ob.arg is None or not is_std_span(ob.bound):
        return False
    if t.kind != "adt" or t.args:
        return False
    adt = fcx.res.adts.get(t.name)
    if adt is None or is_std_span(adt.span):
        return False
    shown = display(t)
    d = Diagnostic.error(f"the trait bound `{shown}: {ob.trait}` is not satisfied", ob.arg,
                         f"the trait `{ob.trait}` is not implemented for `{shown}`",
                         code="E0277")
    d.secondary(ob.func, "required by a bound introduced by this call")
    note = Diagnostic("note", f"required by a bound in `{got[0]}`")
    note.primary(std_span(got[1]))
    d.children.append(note)
    if ob.trait in _DERIVABLE:
        from .check import _derive_help
        _derive_help(d, adt, ob.trait)
    fcx.diags.append(d)
    fcx.tainted = True
    return True
