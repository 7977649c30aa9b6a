"""rustc's "try using a conversion method" `.to_string()` when a `String` is expected and
the value found implements `Display` (so `ToString`): a number, a `Box<dyn Error>`, a
`Cow<'_, str>`, a learner's type with `Display`. (`&str` is coerce_unsize.py's.)"""

from __future__ import annotations

from ..types import Ty

_SIMPLE = ("int", "float", "bool", "char")


def help(fcx, d, e, expected: Ty, found: Ty) -> bool:
    from ..diagnostics.model import Suggestion
    from ..source import Span
    from .dyn_coerce import implements
    if expected != Ty("adt", "String"):
        return False
    found = fcx.infer.resolve(found)
    if found.kind not in _SIMPLE + ("adt",) or fcx.infer._has_var(found):
        return False
    if found.kind == "adt":
        inner = found.args[0] if found.name == "Box" and found.args else None
        if not (inner is not None and inner.kind == "dyn" and inner.name == "Error"
                or implements(fcx, found, "Display")):
            return False
    at = Span(e.span.hi, e.span.hi)
    d.help("try using a conversion method",
           suggestions=[Suggestion(at, ".to_string()", "MaybeIncorrect", "ShowAlways")])
    return True
