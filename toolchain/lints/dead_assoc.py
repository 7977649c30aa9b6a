"""dead_code for the items of inherent impls: one warning per `impl` block listing its
unused associated functions, methods and constants, in rustc's grouped form
(`methods `a` and `b` are never used`, `associated items ... in this implementation`)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std import is_std_span
from ..syntax import ast
from ..syntax.visit import iter_nodes
from .dead_code import listify


def dead_assoc_items(reached: set[str], fns: dict, res, tcx) -> list[tuple[int, Diagnostic]]:
    if res is None or tcx is None or not res.assoc:
        return []
    used_consts = used_assoc_consts(reached, fns, tcx)
    blocks: dict[int, list] = {}
    for table in res.assoc.values():
        for a in table.values():
            if is_std_span(a.impl_header):
                continue          # (std's: another crate's items)
            used = a.key in used_consts if a.kind == "const" else a.key in reached
            if not used and not a.name.startswith("_"):
                blocks.setdefault(a.impl_index, []).append(a)
    out = []
    for items in blocks.values():
        items.sort(key=lambda a: a.item.span.lo)
        out.append((items[0].impl_header.lo,
                    grouped_never_used(items, items[0].impl_header, "implementation")))
    return out


def used_assoc_consts(reached: set[str], fns: dict, tcx) -> set[str]:
    """The keys of the associated constants named in the reachable bodies."""
    used: set[str] = set()
    consts = {id_ for id_, got in tcx.assoc_paths.items() if got[0] == "const"}
    if not consts:
        return used      # (most programs: no walk over the bodies)
    for name in reached:
        item = fns.get(name)
        if item is None or is_std_span(item.span):
            continue      # (std's bodies cannot name the learner's constants)
        for n in iter_nodes(item.kind.body):
            if isinstance(n, ast.Expr):
                got = tcx.assoc_paths.get(n.id)
                if got is not None and got[0] == "const":
                    used.add(got[1])
    return used


def grouped_never_used(items: list, owner_span, owner: str) -> Diagnostic:
    """rustc's one warning for the unused items of an impl or trait (`items` in source
    order, each with `name`, `kind`, `has_self` and `item`): `methods `a` and `b` are
    never used`, labelled `... in this implementation` / `... in this trait`."""
    kinds = {_noun(a) for a in items}
    noun = kinds.pop() if len(kinds) == 1 else "associated item"
    many = len(items) > 1
    names = listify([f"`{a.name}`" for a in items])
    d = Diagnostic.warning(f"{noun}{'s' if many else ''} {names} "
                           f"{'are' if many else 'is'} never used")
    for a in items:
        d.primary(a.item.kind.ident.span)
    d.secondary(owner_span, f"{noun}{'s' if many else ''} in this {owner}")
    return d


def _noun(a) -> str:
    if a.kind == "const":
        return "associated constant"
    return "method" if a.has_self else "associated function"
