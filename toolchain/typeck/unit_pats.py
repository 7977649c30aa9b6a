"""rustc's words when a unit struct or unit variant used as a pattern has the wrong type
(rustc_hir_typeck's `check_pat_path`): the item is "defined here", and a pattern written
as a bare name (`let Marker = n;`) "is interpreted as a unit struct, not a new binding",
with the help to bind a new name instead."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..syntax import ast


def unit_path_labels(d: Diagnostic, res, r, p: ast.Pat, k: ast.PatPath) -> None:
    if r.kind == "variant":
        span, what = res.adts[r.target[0]].variants[r.target[1]].span, "unit variant"
    else:
        adt = res.adts[r.target]      # (`struct Marker`: rustc's def_span, without the `;`)
        span = Span(adt.span.lo, adt.ident_span.hi) if adt.ident_span is not None else adt.span
        what = "unit struct"
    if span is None or is_std_span(span):
        return          # (std's `None`: no place to show in the learner's file)
    d.secondary(span, f"{what} defined here")
    segs = k.path.segments
    if k.qself is None and len(segs) == 1 and segs[0].args is None:
        name = segs[0].ident.name
        d.primary(p.span, f"`{name}` is interpreted as a {what}, not a new binding")
        d.help("introduce a new binding instead",
               suggestions=[Suggestion(p.span, f"other_{name.lower()}", "MaybeIncorrect")])
