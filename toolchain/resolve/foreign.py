"""`extern` blocks: functions declared by another (C) library.

Their functions are items of the enclosing module (resolve/modules.py collects them
there); calling one is unsafe unless it is declared `safe fn` (typeck/unsafety.py), and
running it is refused by the interpreter (interp/shims_foreign.py): a browser has no C
library to call. This module makes rustc's AST-validation checks on the block itself and
refuses what Ferrite does not model (foreign statics and types)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported


_MUST_BE_UNSAFE = "extern blocks must be unsafe"
_QUALIFIERS = "items in `extern` blocks without an `unsafe` qualifier cannot have safety qualifiers"
# rustc's AST validation reports these and goes on: they change no name or type.
HARMLESS = frozenset({_MUST_BE_UNSAFE, _QUALIFIERS})


def check_block(r, item: ast.Item) -> set[int]:
    """rustc's errors on an `extern` block; returns the ids of the items in it that are
    refused (the resolver leaves them out)."""
    k = item.kind
    refused: set[int] = set()
    if not k.unsafe and r.res.edition == "2024":
        r.diags.append(Diagnostic.error(_MUST_BE_UNSAFE, item.span))
    for sub in k.items:
        s = sub.kind
        if not isinstance(s, ast.Fn):
            r.diags.append(unsupported(sub.span, "items other than functions in `extern` blocks"))
            refused.add(sub.id)
            if getattr(s, "ident", None) is not None:   # (its uses are not E0425 then)
                r.mods.refused.add(s.ident.name)
        elif s.body is not None or s.generics.params or s.sig.self_param is not None \
                or s.sig.const or s.sig.async_:
            r.diags.append(unsupported(sub.span, "this kind of function in an `extern` block"))
            refused.add(sub.id)
        elif (s.sig.safe or s.sig.unsafe) and not k.unsafe:
            d = Diagnostic.error(_QUALIFIERS, sub.span)
            d.help("add `unsafe` to this `extern` block",
                   suggestions=[Suggestion(Span(item.span.lo, item.span.lo), "unsafe ", style="ShowAlways")])
            r.diags.append(d)
    return refused


def variadic_outside_extern(sig: ast.FnSig) -> Diagnostic:
    """`fn sum(a: i32, ...)` with a body: rustc rejects it (E0658 and more); refused."""
    return unsupported(sig.span, "`...` in the parameters of a function with a body")
