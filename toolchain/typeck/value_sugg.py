"""A placeholder value of a type, as rustc suggests one (`ty_kind_suggestion`): in
"give the `break` a value" and "consider assigning a value" helps."""

from __future__ import annotations

from ..types import Ty


def value_suggestion(t: Ty) -> str | None:
    k = t.kind
    if k in ("never", "error", "var"):
        return None
    if k == "bool":
        return "false"
    if k == "char":
        return "'x'"
    if k in ("int", "intvar"):
        return "42"
    if k in ("float", "floatvar"):
        return "3.14159"
    if k == "ref":
        inner = t.args[0]
        if inner.kind == "str" and not t.mutable:
            return '""'
        sub = value_suggestion(inner)
        return None if sub is None else ("&mut " if t.mutable else "&") + sub
    if k == "tuple":
        parts = [value_suggestion(a) for a in t.args]
        if any(p is None for p in parts):
            return None
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    return "/* value */"
