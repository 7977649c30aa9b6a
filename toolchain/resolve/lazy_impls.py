"""std's trait impls for primitive types (`impl From<u8> for u32`, toolchain/std/convert.rs),
entered on demand.

std stamps dozens of such impls; resolving and collecting all of them for every
program would make each check pay for all of them. As for std's inherent methods of
primitive types (prim_impls.py), the resolver only indexes them by (trait, type)
(`defer`), and typeck materialises them (`materialise`) the first time it selects an
impl of that trait for that type (typeck/trait_args.py): they then become ordinary
impls of the tables, their items' bodies resolved on demand like every std body.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import PRIMITIVES


def _prim_self(item: ast.Item) -> str | None:
    t = item.kind.self_ty.kind
    if isinstance(t, ast.TyPath) and t.qself is None and len(t.path.segments) == 1 \
            and t.path.segments[0].args is None:
        name = t.path.segments[0].ident.name
        return name if name in PRIMITIVES and name != "str" else None
    return None


def defer(r, item: ast.Item) -> bool:
    """Index std trait impl `item` instead of resolving it now, if it is one for a
    primitive type."""
    key = lazy_key(item)
    if key is None:
        return False
    r.res.traits.lazy.setdefault(key, []).append(item)
    return True


def lazy_key(item: ast.Item) -> tuple[str, str] | None:
    """(trait, primitive type) of std trait impl `item` if it is deferred, else None
    (a function of the item alone: resolve/std_items_memo.py)."""
    prim = _prim_self(item)
    if prim is None or any(p.kind != "lifetime" for p in item.kind.generics.params):
        return None       # (`impl<'a> Sum<&'a i32> for i32` is deferred too)
    return item.kind.trait_.segments[-1].ident.name, prim


def materialise(res, trait: str, prim: str) -> list:
    """Resolve std's deferred impls of `trait` for `prim`: the new TraitImpls (entered
    into the tables; typeck collects them)."""
    tables = res.traits
    items = tables.lazy.pop((trait, prim), None)
    r = res.resolver
    if not items or r is None:
        return []
    from .traits import BodyEntry, _impl
    out = []
    before = len(r.diags) + len(r.deferred) + len(res.generic_errors)
    for item in items:
        r.cur_mod = None
        imp = _impl(r, item, len(tables.impls))
        if imp is None:
            continue
        tables.impls.append(imp)
        tables.impl_of_self[id(imp.self_ty)] = imp
        for it in imp.items.values():
            if it.kind != "fn":
                continue
            tables.owners[id(it.item.kind)] = ("impl", imp)
            res.fns[it.key] = it.item
            r.body(it.item, BodyEntry(None, "fn", ("alias", imp.self_ty), imp.generics), lazy=True)
        out.append(imp)
    r.cur_mod = None
    errors = (r.diags + r.deferred + res.generic_errors)[before:]
    if errors:
        raise RuntimeError(f"Ferrite's std does not resolve: impls of `{trait}` for `{prim}`: "
                           f"{errors[0].message}")
    return out
