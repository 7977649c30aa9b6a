"""E0106 when named lifetimes are in play (rustc_resolve's `report_missing_lifetime_specifiers`
with lifetimes in scope): the output's elided lifetime cannot be derived, and rustc
suggests the lifetime parameters that exist instead of introducing `'a`."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported


def e0106_named(f: ast.Fn, outs: list[ast.Ty], positions: list, lifetimes: list) -> Diagnostic:
    amp = [Span(r.span.lo, r.span.lo + 1) for r in outs]
    if any(how == "hidden" for _, _, how in positions) or not positions or not lifetimes \
            or f.sig.self_param is not None:
        # (a struct's hidden lifetime, or no input at all: other wordings of rustc's)
        return unsupported(amp[0], "this missing lifetime specifier")
    d = Diagnostic.error("missing lifetime specifier", amp[0], "expected named lifetime parameter",
                         code="E0106")
    for s in amp[1:]:
        d.primary(s, "expected named lifetime parameter")
    seen = set()
    for _, r, _ in positions:
        if id(r) not in seen:
            seen.add(id(r))
            d.secondary(r.span, "")
    if any(how == "elided" for _, _, how in positions):
        names = []
        for p, _, _ in positions:
            if not isinstance(p.pat.kind, ast.PatIdent):
                return unsupported(amp[0], "this missing lifetime specifier")
            n = f"`{p.pat.kind.ident.name}`"
            if n not in names:
                names.append(n)
        if len(names) < 2:
            return unsupported(amp[0], "this missing lifetime specifier")
        which = f"{names[0]} or {names[1]}" if len(names) == 2 else \
            ", ".join(names[:-1]) + ", or " + names[-1]
        d.help("this function's return type contains a borrowed value, but the signature does "
               f"not say whether it is borrowed from {which}")
    else:
        d.help("this function's return type contains a borrowed value with an elided "
               "lifetime, but the lifetime cannot be derived from the arguments")
    if len(lifetimes) == 1:
        name = lifetimes[0].name
        d.help(f"consider using the `{name}` lifetime",
               suggestions=[Suggestion(Span(s.hi, s.hi), f"{name} ", "MaybeIncorrect",
                                       "ShowAlways") for s in amp])
        return d
    note = Diagnostic("note", "these named lifetimes are available to use")
    for lp in lifetimes:
        note.primary(lp.span)
    d.children.append(note)
    d.help("consider using one of the available lifetimes here",
           suggestions=[Suggestion(Span(s.hi, s.hi), "'lifetime ", "HasPlaceholders",
                                   "ShowAlways") for s in amp])
    return d
