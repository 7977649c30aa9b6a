"""rustc's helps for a moved value whose type is a generic parameter `T` of the
function: it could be cloned if `T: Clone` were required, or copied with `T: Copy`."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span


def generic_param(ctx, fn: str, name: str):
    """The `GenericParam` named `name` of function `fn` (None for a method's impl params)."""
    res = getattr(ctx, "res", None)
    item = res.fns.get(fn) if res is not None else None
    if item is None:
        return None
    for p in item.kind.generics.params:
        if p.kind == "type" and p.ident.name == name:
            return p, item.kind.generics
    return None


def not_copy_helps(d: Diagnostic, ctx, fn: str, name: str, moved_at: Span) -> bool:
    """Add the two helps; False when the parameter is not the function's own (or has a
    `where` clause, whose wording is not modelled)."""
    found = generic_param(ctx, fn, name)
    if found is None or found[1].where_clause:
        return False
    p, _ = found
    if any(getattr(b, "path", None) is not None and b.path.segments[-1].ident.name == "Clone"
           for b in p.bounds):      # `T: Clone` already: rustc offers the call
        at = Span(moved_at.hi, moved_at.hi)
        d.help("consider cloning the value if the performance cost is acceptable",
               suggestions=[Suggestion(at, ".clone()", "MachineApplicable", "ShowAlways")])
    else:
        clone = Diagnostic("help", f"if `{name}` implemented `Clone`, you could clone the value")
        clone.primary(p.ident.span, "consider constraining this type parameter with `Clone`")
        clone.secondary(moved_at, "you could clone this value")
        d.children.append(clone)
    if p.bounds:
        last = p.bounds[-1]
        end = (getattr(last, "span", None) or last.path.span).hi
        d.help(f"consider further restricting type parameter `{name}` with trait `Copy`",
               suggestions=[Suggestion(Span(end, end), " + Copy", "MaybeIncorrect", "ShowAlways")])
    else:
        end = p.ident.span.hi
        d.help(f"consider restricting type parameter `{name}` with trait `Copy`",
               suggestions=[Suggestion(Span(end, end), ": Copy", "MaybeIncorrect", "ShowAlways")])
    return True
