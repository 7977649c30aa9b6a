"""dead_code for `const` and `static` items: never named by reachable code (directly,
or through the initialisers of constants that are used)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..std import is_std_span
from ..syntax.visit import iter_body_nodes


def _named(root, res) -> set[str]:
    out = set()
    for n in iter_body_nodes(root):
        if isinstance(n, (ast.Expr, ast.Pat)):
            r = res.values.get(n.id)
            if r is not None and r.kind in ("const", "static"):
                out.add(r.target)
        elif isinstance(n, ast.Ty):      # `zeros::<SIZE>()` (resolve/const_params.py)
            r = res.types.get(n.id)
            if r is not None and r.kind == "const_item":
                out.add(r.target)
    return out


def learner_consts(res) -> bool:
    """Has the learner's crate any constant? (std's own, `std::f64::consts::PI`, are never
    reported, and std's bodies name none of the learner's.)"""
    return any(not is_std_span(item.span) for item in res.consts.values())


def used_consts(res, reached_items: list) -> set[str]:
    """The constants named by reachable code, directly or through other constants."""
    used: set[str] = set()
    for item in reached_items:
        if not is_std_span(item.span):
            used |= _named(item.kind, res)     # (and its signature: `[u8; N]`)
    # Associated constants are inlined where used; count what their initialisers name.
    # (Approximation: rustc would count them only when the associated constant is live.)
    for table in getattr(res, "assoc", {}).values():
        for a in table.values():
            if a.kind == "const" and a.item.kind.expr is not None:
                used |= _named(a.item.kind.expr, res)
    stack = list(used)
    while stack:
        name = stack.pop()
        for other in _named(res.consts[name].kind.expr, res) - used:
            used.add(other)
            stack.append(other)
    return used


def dead_consts(res, reached_items: list) -> list[tuple[int, Diagnostic]]:
    if not learner_consts(res):
        return []
    used = used_consts(res, reached_items)
    out = []
    for name, item in res.consts.items():
        shown = item.kind.ident.name   # `a::C` in a module: rustc names the item only
        if name in used or shown.startswith("_") or is_std_span(item.span):
            continue
        what = "static" if isinstance(item.kind, ast.Static) else "constant"
        out.append((item.span.lo, Diagnostic.warning(f"{what} `{shown}` is never used",
                                                     item.kind.ident.span)))
    return out
