"""Unreachable alternatives of an or-pattern (`(a, _) | (_, a)`: the second can never
match): rustc's `unreachable_patterns` lint at the alternative's span, pointing at
the earlier pattern that covers it. For a top-level or-pattern of a `match` arm, a
`let` or a parameter; whole unreachable arms are reported by the match checker."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from .usefulness import is_useful


def _top_alternatives(p: ast.Pat) -> list[ast.Pat] | None:
    while isinstance(p.kind, ast.PatParen):
        p = p.kind.pat
    return p.kind.alts if isinstance(p.kind, ast.PatOr) else None


def check(checker, pat: ast.Pat, ty, rows: list, earlier: list[ast.Pat]) -> None:
    """`rows`: the usefulness rows of the patterns before this one (`earlier`, the
    patterns rustc may point at)."""
    alts = _top_alternatives(pat)
    if alts is None:
        return
    rows = list(rows)
    earlier = list(earlier)
    for alt in alts:
        ds = checker.deconstruct(alt, ty)
        if ds and not any(is_useful(rows, [d], [ty]) for d in ds):
            d = Diagnostic.warning("unreachable pattern", alt.span, "no value can reach this")
            for prev in earlier:
                from .check import _is_catchall
                if _is_catchall(prev):
                    d.secondary(prev.span, "matches any value")
                    break
                prev_rows = [[x] for x in checker.deconstruct(prev, ty)]
                if not any(is_useful(prev_rows, [x], [ty]) for x in ds):
                    d.secondary(prev.span, "matches all the relevant values")
                    break
            checker.emit_lint("unreachable_patterns", d)
        rows.extend([x] for x in ds)
        earlier.append(alt)
