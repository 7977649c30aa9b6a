"""The `expected X / found Y` note's two types as rustc's `TypeErrCtxt::cmp` writes them:
the parts the two types share are elided as `_` (`Result<_, String>` / `Result<_, i32>`),
so the note shows where they differ. It recurses through the arguments of one ADT,
tuples of one length and references of one mutability; other pairs are written whole.
"""

from __future__ import annotations

from ..types import BORROWING_ADTS, UNTRIMMED_ADTS, untrimmed_name


def diff_strings(exp, fnd, whole, within: str = "top") -> tuple[str, str]:
    """(expected, found) for the note; `whole(t, within)` writes a type that is not split,
    `within` saying where it sits ("top", "adt", "tuple", "ref"): the notes write a boxed
    trait object with its `'static` at the top and in tuples only."""
    if exp == fnd:
        return "_", "_"
    if exp.kind == "adt" and fnd.kind == "adt" and exp.name == fnd.name \
            and len(exp.args) == len(fnd.args) and exp.args \
            and not any(a.kind == "dyn" for a in exp.args + fnd.args):
        name = exp.name if exp.name in UNTRIMMED_ADTS else exp.name.rsplit("::", 1)[-1]
        name = untrimmed_name(exp.name, name)     # (`std::sync::mpsc::Sender`)
        pairs = [diff_strings(a, b, whole, "adt") for a, b in zip(exp.args, fnd.args)]
        lead = ["'_"] if exp.name in BORROWING_ADTS else []
        return (f"{name}<{', '.join(lead + [p[0] for p in pairs])}>",
                f"{name}<{', '.join(lead + [p[1] for p in pairs])}>")
    if exp.kind == "tuple" and fnd.kind == "tuple" and len(exp.args) == len(fnd.args) > 1:
        pairs = [diff_strings(a, b, whole, "tuple") for a, b in zip(exp.args, fnd.args)]
        return (f"({', '.join(p[0] for p in pairs)})", f"({', '.join(p[1] for p in pairs)})")
    if exp.kind == "ref" and fnd.kind == "ref" and exp.mutable == fnd.mutable:
        e, f = diff_strings(exp.args[0], fnd.args[0], whole, "ref")
        amp = "&mut " if exp.mutable else "&"
        return amp + e, amp + f
    return whole(exp, within), whole(fnd, within)
