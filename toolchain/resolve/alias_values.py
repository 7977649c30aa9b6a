"""A type alias named where a value is expected: rustc's E0423 (`let p = P(1, 2);`
with `type P = Pair;` — a tuple struct's constructor is not reachable through an
alias, nor is a unit struct's value)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from .suggest import find_best_match


def callee_what(name: str) -> str:
    """What rustc expects of a called path: "function" means anything callable, and a
    capitalised name is more likely a constructor (`PathSource::Expr` of a call)."""
    return "function, tuple struct or tuple variant" if name[:1].isupper() else "function"


def e0423(r, ident: ast.Ident, callee: bool) -> Diagnostic:
    name = ident.name
    if callee:
        what = callee_what(name)
        d = Diagnostic.error(f"expected {what}, found type alias `{name}`", code="E0423")
        fallback = f"not a {what}"
    else:
        d = Diagnostic.error(f"expected value, found type alias `{name}`", code="E0423")
        fallback = "not a value"
    # rustc's typo candidates: the locals in scope and the crate's functions and tuple
    # structs, sorted by name (the first best wins).
    local_names = {n for scope in r.scopes for n in scope if isinstance(n, str)}
    fn_names = {n for n in r.res.fns if "::" not in n}
    ctor_names = {n for n, adt in r.res.adts.items() if adt.kind == "tuple"}
    best = find_best_match(sorted(local_names | fn_names | ctor_names), name)
    helped = False
    if best is not None:
        sugg = [Suggestion(ident.span, best, "MaybeIncorrect", "ShowAlways")]
        if best in local_names:
            d.help("a local variable with a similar name exists", suggestions=sugg)
        elif best in fn_names:
            d.secondary(r.res.fns[best].kind.sig.span,
                        f"similarly named function `{best}` defined here")
            d.help("a function with a similar name exists", suggestions=sugg)
        else:
            d.secondary(r.res.adts[best].span, f"similarly named tuple struct `{best}` defined here")
            d.help("a tuple struct with a similar name exists", suggestions=sugg)
        helped = True
    # `let p = P(..)` (no annotation, the initialiser starts with the alias): rustc
    # guesses a `:` was meant (`type_ascription_suggestion` on the current let).
    let = r.cur_let
    if let is not None and let.ty is None and let.init is not None \
            and let.init.span.lo == ident.span.lo:
        gap = Span(let.pat.span.hi, let.init.span.lo)
        d.help("you might have meant to use `:` for type annotation",
               suggestions=[Suggestion(gap, ": ", "MaybeIncorrect", "ShowAlways")])
        helped = True
    # The label is rustc's fallback, given only when no suggestion was found.
    d.primary(ident.span, None if helped else fallback)
    return d
