"""`let x;` whose type nothing decides: rustc's E0282 with its `: /* Type */` help.
Reported only for a body free of other errors, as rustc's fallback does."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def uninferred_lets(lets: list, infer) -> list[Diagnostic]:
    out = []
    for pat, ty in lets:
        if infer.resolve(ty).kind != "var":
            continue
        name = pat.kind.ident.name if isinstance(pat.kind, ast.PatIdent) else "_"
        d = Diagnostic.error("type annotations needed", pat.span, code="E0282")
        d.help(f"consider giving `{name}` an explicit type",
               suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), ": /* Type */",
                                       "HasPlaceholders", "ShowAlways")])
        out.append(d)
        break   # rustc stops at the first one (the others would only repeat it)
    return out
