"""rustc's `type_alias_bounds`: bounds on a type alias's parameters are not checked
where the alias is used, so rustc warns and suggests removing them."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def check(k: ast.TyAlias, out) -> None:
    for p in k.generics.params:
        if p.kind != "type" or not p.bounds:
            continue
        bounds = Span(p.bounds[0].span.lo, p.bounds[-1].span.hi)
        d = Diagnostic.warning("bounds on generic parameters in type aliases are not enforced",
                               bounds, "will not be checked at usage sites of the type alias")
        d.note("this is a known limitation of the type checker that may be lifted in a future "
               "edition.\nsee issue #112792 <https://github.com/rust-lang/rust/issues/112792> "
               "for more information")
        d.help("remove this bound",
               suggestions=[Suggestion(Span(p.ident.span.hi, bounds.hi), "", "MachineApplicable",
                                       "ShowAlways")])
        out.emit("type_alias_bounds", d)
