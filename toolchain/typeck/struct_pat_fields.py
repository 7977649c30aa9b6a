"""Struct patterns naming fields the type lacks (E0026) or leaving fields out (E0027),
with rustc's labels and suggestions (`error_inexistent_fields`,
`error_unmentioned_fields` in rustc's pat.rs)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve.suggest import find_best_match
from ..source import Span
from ..syntax import ast


def e0026(kind: str, path: str, inexistent: list[ast.PatField],
          unmentioned: list[str]) -> Diagnostic:
    """`kind` is "struct" or "variant", `path` its name (`Sh::Rect`). A single unknown
    field gets a similar name among the unmentioned ones (which then needs no E0027:
    it is removed from `unmentioned`), or else the one unmentioned field's name."""
    many = len(inexistent) > 1
    names = ", ".join(f"`{f.ident.name}`" for f in inexistent)
    what = f"fields named {names}" if many else f"a field named {names}"
    d = Diagnostic.error(f"{kind} `{path}` does not have {what}", inexistent[0].ident.span,
                         code="E0026")
    for f in inexistent[1:]:
        d.primary(f.ident.span)
    last = inexistent[-1].ident
    d.secondary(last.span, f"{kind} `{path}` does not have {'these fields' if many else 'this field'}")
    if len(d.spans) > 1 and d.spans[-2].span == last.span:   # one span: primary, labelled
        d.spans[-1].primary = True
        del d.spans[-2]
    if many:
        return d
    similar = find_best_match(unmentioned, last.name)
    if similar is not None:
        d.help("a field with a similar name exists",
               suggestions=[Suggestion(last.span, similar, "MaybeIncorrect", "ShowAlways")])
        unmentioned.remove(similar)
    elif len(unmentioned) == 1:
        d.help(f"`{path}` has a field named `{unmentioned[0]}`",
               suggestions=[Suggestion(last.span, unmentioned[0], "MaybeIncorrect", "HideCodeInline")])
    return d


def e0027(p: ast.Pat, k: ast.PatStruct, unmentioned: list[str]) -> Diagnostic:
    n = len(unmentioned)
    listed = f"field `{unmentioned[0]}`" if n == 1 else \
        "fields " + ", ".join(f"`{u}`" for u in unmentioned)
    d = Diagnostic.error(f"pattern does not mention {listed}", p.span, f"missing {listed}",
                         code="E0027")
    if k.fields:
        prefix, at = ", ", Span(k.fields[-1].span.hi, p.span.hi)
    else:
        prefix, at = " { ", Span(k.path.span.hi, p.span.hi)

    def sugg(text: str) -> list[Suggestion]:
        return [Suggestion(at, f"{prefix}{text} }}", "MachineApplicable")]
    d.help(f"include the missing field{'s' if n > 1 else ''} in the pattern",
           suggestions=sugg(", ".join(f"{u}: _" if u.isdigit() else u for u in unmentioned)))
    d.help(f"if you don't care about {'these' if n > 1 else 'this'} missing field"
           f"{'s' if n > 1 else ''}, you can explicitly ignore {'them' if n > 1 else 'it'}",
           suggestions=sugg(", ".join(f"{u}: _" for u in unmentioned)))
    d.help("or always ignore missing fields here", suggestions=sugg(".."))
    return d
