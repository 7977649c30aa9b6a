"""E0023: a tuple struct or tuple variant pattern with the wrong number of fields,
worded and labelled as rustc's `e0023` (pat.rs): the sub-patterns as primary spans,
the definition's fields labelled, and the `_` / `..` suggestions when fields are missing."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


def e0023(p: ast.Pat, subpats: list[ast.Pat], field_spans: list[Span], def_span: Span,
          noun: str) -> Diagnostic:
    """`noun` is "tuple struct" or "tuple variant"; `field_spans` the definition's fields
    (`def_span`, the definition itself, when it has none)."""
    n, m = len(field_spans), len(subpats)
    spans = [s.span for s in subpats] or [p.span]
    d = Diagnostic.error(f"this pattern has {m} field{_plural(m)}, but the corresponding {noun} "
                         f"has {n} field{_plural(n)}", spans[0], code="E0023")
    for s in spans[1:-1]:
        d.primary(s)
    d.primary(spans[-1], f"expected {n} field{_plural(n)}, found {m}")
    if len(spans) == 1:
        d.spans = [d.spans[-1]]   # one primary span, with the label
    defs = field_spans or [def_span]
    for s in defs[:-1]:
        d.secondary(s, "")
    d.secondary(defs[-1], f"{noun} has {n} field{_plural(n)}")
    if m < n:
        after_fields = Span(p.span.hi - 1, p.span.hi - 1)   # just before the `)`
        wild = ", ".join(["_"] * (n - m))
        d.help("use `_` to explicitly ignore each field",
               suggestions=[Suggestion(after_fields, f", {wild}" if subpats else wild,
                                       "MaybeIncorrect", "ShowAlways")])
        all_wild = all(isinstance(s.kind, ast.PatWild) for s in subpats)
        if n - m > 1 or all_wild:
            if not subpats or all_wild:
                whole = after_fields if not subpats else Span(subpats[0].span.lo,
                                                              subpats[-1].span.hi)
                d.help("use `..` to ignore all fields",
                       suggestions=[Suggestion(whole, "..", "MaybeIncorrect", "ShowAlways")])
            else:
                first_tail = None
                for i, s in enumerate(subpats):
                    first_tail = (first_tail if first_tail is not None else i) \
                        if isinstance(s.kind, ast.PatWild) else None
                tail = after_fields if first_tail is None else \
                    Span(subpats[first_tail - 1].span.hi, after_fields.hi)
                d.help("use `..` to ignore the rest of the fields",
                       suggestions=[Suggestion(tail, ", ..", "MaybeIncorrect", "ShowAlways")])
    return d
