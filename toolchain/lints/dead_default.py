"""dead_code and `#[derive(Default)]`: rustc's derived `default` builds the struct and
reads no field, and it is live as soon as the type is used, so a derived-`Default`
struct whose type appears in reachable code counts as constructed (rustc then warns
about its unread fields, not that it is never constructed). An enum's `#[default]`
variant counts as constructed the same way."""

from __future__ import annotations

from ..syntax import ast
from ..syntax.visit import iter_body_nodes

NON_READING = frozenset({"Default"})


def built(roots: list, res, tcx) -> set[str]:
    if res is None or tcx is None:
        return set()
    names = {n for n, a in res.adts.items() if "Default" in a.derives and not a.is_enum}
    if not names:
        return set()
    return _used(roots, tcx, names)


def _used(roots: list, tcx, names: set) -> set[str]:
    """Which of the ADTs `names` the types of the reachable code mention."""
    out: set[str] = set()
    for root in roots:
        for n in iter_body_nodes(root):
            if isinstance(n, ast.Expr):
                t = tcx.expr_types.get(n.id)
                if t is not None:
                    _mentions(t, names, out)
    return out


def _mentions(t, names: set, out: set) -> None:
    if t.kind == "adt" and t.name in names:
        out.add(t.name)
    for a in t.args or ():
        if hasattr(a, "kind"):
            _mentions(a, names, out)


def built_variants(roots: list, res, tcx) -> set[tuple[str, int]]:
    """(enum, variant index) of the `#[default]` variants of derived-`Default` enums
    whose type appears in reachable code."""
    if res is None or tcx is None:
        return set()
    marked = {n: i for n, a in res.adts.items() if a.is_enum and "Default" in a.derives
              for i, v in enumerate(a.variants) if v.is_default}
    if not marked:
        return set()
    return {(n, marked[n]) for n in _used(roots, tcx, set(marked))}
