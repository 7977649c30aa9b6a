"""A type name that resolves to nothing: rustc 1.95's E0425 "cannot find type `X` in
this scope" (the code it now gives types as well as values), with its "similarly
named struct/enum/type alias `Y` defined here" label and suggestion when one of the
learner's types is close.

When the closest name is one rustc would describe from its library (a std type, a
primitive, a trait, a type parameter) Ferrite does not reproduce that wording and
refuses the name as unsupported instead, as before.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..syntax import ast
from ..types import PRIMITIVES
from ..unsupported import unsupported
from .suggest import find_best_match


def report(r, t: ast.Ty, name: str) -> None:
    from .prelude import is_std_span
    if r.mods.active or is_std_span(t.span):
        r.diags.append(unsupported(t.span, f"the type `{name}`"))    # (imports, paths)
        return
    learner = {n: a for n, a in r.res.adts.items() if "::" not in n and not is_std_span(a.span)}
    aliases = {n: item for n, item in r.res.ty_aliases.items() if "::" not in n}
    others = [n for n in r.res.adts if n not in learner] + list(PRIMITIVES) \
        + list(r.ty_params.names) + list(r.res.traits.defs)
    best = find_best_match(list(learner) + list(aliases) + others, name)
    d = Diagnostic.error(f"cannot find type `{name}` in this scope", code="E0425")
    if best is None:
        d.primary(t.span, "not found in this scope")
        r.diags.append(d)
        return
    if best in learner:
        adt = learner[best]
        what, at = ("enum" if adt.is_enum else "struct"), adt.header
    elif best in aliases:
        what, at = "type alias", aliases[best].span
    else:
        r.diags.append(unsupported(t.span, f"the type `{name}`"))
        return
    d.primary(t.span)
    d.secondary(at, f"similarly named {what} `{best}` defined here")
    article = "an" if what[0] in "aeiou" else "a"
    d.help(f"{article} {what} with a similar name exists",
           suggestions=[Suggestion(t.span, best, "MaybeIncorrect", "ShowAlways")])
    r.diags.append(d)
