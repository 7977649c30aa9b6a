"""dead_code and the learner's traits: which bodies are reachable once trait methods
are in play, and the warnings rustc gives for traits (`trait `T` is never used`) and
for trait items nothing uses (grouped per trait, `methods `a` and `b` are never used`).

As in rustc_passes::dead: an impl's item is live when the trait's item is used
(through any type); items of impls of std traits are live; rustc never warns about
the items of an impl of a trait.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..mir import ir
from ..syntax import ast
from ..resolve.traits import split_impl_key
from ..std import is_std_span
from .dead_assoc import grouped_never_used, used_assoc_consts




def reachable(program: ir.Program, roots: list[str], res, tcx) -> set[str]:
    tables = res.traits if res is not None else None
    cx = tcx.traits if tcx is not None else None
    impl_keys: dict[tuple[str, str], list[str]] = {}
    stack = [r for r in roots if r in program.bodies]
    # The items of impls of std's traits are all live (another crate's traits). There
    # are thousands (an `Iterator` impl has a key per adapter), so they enter at once,
    # with the (trait, item) pairs they use; only their defaults and the few with a
    # built body go on the stack. The learner's traits' impls are live when used.
    std_keys: set[str] = set()
    used_items: set[tuple[str, str]] = set()
    if tables is not None and tables.impls:
        from ..typeck.std_impl_memo import item_keys
        for imp in tables.impls:
            d = tables.defs[imp.trait]
            if d.is_std or _std_source(d):
                keys, items = item_keys(res, imp, d)
                std_keys.update(keys)
                used_items.update(items)
            else:
                for name in d.items:
                    impl_keys.setdefault((imp.trait, name), []).append(imp.key(name))
    reached = set(std_keys)
    if cx is not None:
        stack.extend({cx.defaults[k] for k in std_keys & cx.defaults.keys()})
    for name in std_keys & program.bodies.keys():
        _callees(program.bodies[name], reached, stack)
    while stack:
        name = stack.pop()
        if name in reached:
            continue
        reached.add(name)
        item = split_impl_key(name)
        if item is not None and item not in used_items:
            used_items.add(item)
            stack.extend(impl_keys.get(item, []))
        if cx is not None and name in cx.defaults:
            stack.append(cx.defaults[name])      # the trait's body of a kept default
        body = program.bodies.get(name)
        if body is not None:                     # (None: `<Self as T>::m`, or a body with errors)
            _callees(body, reached, stack)
    return reached


def _callees(body, reached: set[str], stack: list[str]) -> None:
    for blk in body.blocks:
        t = blk.terminator
        if isinstance(t, ir.Call) and t.func and t.func not in reached:
            stack.append(t.func)
    # Closures written in the body, and functions it uses as values.
    stack.extend(cb.name for cb in body.closure_bodies)
    stack.extend(body.fn_refs)


def dead_trait_items(reached: set[str], fns: dict, res, tcx) -> list[tuple[int, Diagnostic]]:
    if res is None or tcx is None or not any(_learners(d) for d in res.traits.defs.values()):
        return []
    used: set[tuple[str, str]] = set()
    for key in reached:
        item = split_impl_key(key)
        if item is not None:
            used.add(item)
        elif "::" in key and not key.startswith("<"):
            used.add(tuple(key.split("::", 1)))
    for key in used_assoc_consts(reached, fns, tcx):
        it = split_impl_key(key)
        if it is not None:
            used.add(it)
    implemented = {imp.trait for imp in res.traits.impls}
    out = []
    for d in res.traits.defs.values():
        if not _learners(d):
            continue
        # (rustc does not report a trait's associated types as never used)
        items = [ti for ti in d.items.values() if (d.name, ti.name) not in used
                 and not ti.name.startswith("_") and ti.kind != "type"]
        if d.name not in implemented and len(items) == len([t for t in d.items.values()
                                                            if t.kind != "type"]):
            out.append((d.span.lo, Diagnostic.warning(f"trait `{d.name}` is never used",
                                                      d.ident_span)))
            continue
        if not items:
            continue
        items.sort(key=lambda ti: ti.item.span.lo)
        out.append((d.span.lo, grouped_never_used(items, d.ident_span, "trait")))
    return out


def _learners(d) -> bool:
    """A trait of the learner's that dead_code may report (not one named `_..`)."""
    return not d.is_std and not _std_source(d) and not d.name.startswith("_")


def _std_source(d) -> bool:
    """A trait of Ferrite's std source (`Iterator`): another crate's, so its impls are
    used as far as rustc's dead-code analysis of this crate goes."""
    return d.span is not None and is_std_span(d.span)
