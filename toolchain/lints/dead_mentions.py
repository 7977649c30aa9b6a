"""ADTs the live code names in a type (`let v: Vec<Meters>`, `show::<Meters>()`,
`Meters::name()`, a parameter's type): rustc's dead-code pass marks those live, so
an ADT never built but named there gets no "struct is never constructed" / "enum is
never used" warning (its unread fields and unbuilt variants still do).
"""

from __future__ import annotations

from ..syntax import ast
from ..syntax.visit import iter_body_nodes


def mentioned(roots: list, live_fns: list, res, tcx, wanted: set) -> set:
    """Which of `wanted` (ADT keys) the live bodies and signatures name in a type."""
    found: set = set()
    if not wanted or res is None or tcx is None:
        return found
    seen: set = set()
    for name in live_fns:
        sig = tcx.sigs.get(name) if name in tcx.sigs else None
        if sig is not None:
            for p in sig.params:
                _ty(p, wanted, found, seen)
            _ty(sig.ret, wanted, found, seen)
    for root in roots:
        for n in iter_body_nodes(root):
            if type(n) is not ast.Expr:
                continue
            _ty(tcx.expr_types.get(n.id), wanted, found, seen)
            r = res.values.get(n.id)
            if r is not None and r.kind in ("assoc", "assoc_of") and isinstance(r.target, tuple) \
                    and isinstance(r.target[0], str) and r.target[0] in wanted:
                found.add(r.target[0])      # `Meters::name()`
        if found == wanted:
            break
    return found


def _ty(t, wanted: set, found: set, seen: set) -> None:
    # (a module-level function: a nested recursive one would leave a reference cycle
    # behind each check, tests/toolchain/test_check_leaves_no_cycles.py)
    if t is None or id(t) in seen:
        return
    seen.add(id(t))
    if t.kind == "adt" and t.name in wanted:
        found.add(t.name)
    for a in t.args:
        if hasattr(a, "kind"):
            _ty(a, wanted, found, seen)
