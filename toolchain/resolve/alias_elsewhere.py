"""An alias of another module named in value, pattern or impl-header position
(`use shapes::Tile as Cell; Cell { side: 4 }` with `pub type Tile = Square;` in
`shapes`): alias_paths.py substitutes the aliased type's path at the use, where it is
resolved in the *using* module's scope. That is right only when each name of the
aliased type means there what it means in the alias's module: std's prelude types
(`Vec`, `String`), or, for the path's head, an item the alias's module defines, which
the substituted path then names absolutely (`crate::shapes::Square`) when it is
accessible from here. Anything else stays refused as unsupported.
"""

from __future__ import annotations

import itertools

from ..syntax import ast
from ..syntax.visit import iter_body_nodes

_IDS = itertools.count((1 << 40) + (1 << 36))
_ROOTS = ("std", "core", "alloc", "crate")


def _binding(tree, m, name: str):
    # (no `lookup`: that would count an import as used by this probe)
    b = tree.get(m, name, "types")
    return b if b is not None else tree.prelude.get((name, "types"))


def _same(tree, a, here, name: str) -> bool:
    x, y = _binding(tree, a, name), _binding(tree, here, name)
    return x is not None and y is not None and (x is y or (x.kind == y.kind
                                                           and x.target == y.target))


def _head_item(r, item: ast.Item, a, here):
    """The binding the body's head names in module `a` when it is an item defined
    there and reachable from `here` by its absolute path; None otherwise."""
    tree = r.mods
    segs = item.kind.ty.kind.path.segments
    b = tree.get(a, segs[0].ident.name, "types")
    if b is None or b.import_ is not None or b.kind != "adt" or not tree.accessible(b, here):
        return None
    m = a
    while m.parent is not None:     # (each module of the path must be visible from here)
        mb = m.parent.types.get(m.path[-1])
        if mb is None or mb.kind != "mod" or not tree.accessible(mb, here):
            return None
        m = m.parent
    return b


def portable(r, item: ast.Item, a, here) -> bool:
    """Whether the alias `item` of module `a` may be expanded at a use in `here`."""
    body = item.kind.ty
    if a is None or not isinstance(body.kind, ast.TyPath) or body.kind.qself is not None:
        return False
    params = {p.ident.name for p in item.kind.generics.params}
    head = body.kind.path.segments[0].ident.name
    tree = r.mods
    for n in iter_body_nodes(body):
        if not isinstance(n, ast.Ty) or not isinstance(n.kind, ast.TyPath):
            continue
        if n.kind.qself is not None:
            return False
        first = n.kind.path.segments[0].ident.name
        if first in params or first in _ROOTS and len(n.kind.path.segments) > 1:
            continue
        if n is body and len(n.kind.path.segments) == 1 and _head_item(r, item, a, here):
            continue
        if len(n.kind.path.segments) != 1 or not _same(tree, a, here, first):
            return False
    return head not in ("Self", "self", "super")


def qualify(r, item: ast.Item, got: list, seg: ast.PathSegment) -> list:
    """The substituted segments `got`, prefixed with the alias's module's path when
    their head is an item of that module that does not read the same here."""
    from .module_paths import cur
    a = r.mods.mod_of_key.get(_key(r, item))
    here = cur(r)
    if a is None or a is here or len(got) != 1 or _same(r.mods, a, here, got[0].ident.name):
        return got
    span = seg.ident.span
    prefix = [ast.PathSegment(ast.Ident(n, span), None, next(_IDS)) for n in ("crate",) + a.path]
    return prefix + got


def _key(r, item: ast.Item) -> str:
    return next(k for k, v in r.res.ty_aliases.items() if v is item)


def plain_adt(r, key: str) -> str | None:
    """`inv::Box2::new()` with `pub type Box2 = Bin;`: the struct or enum a path reaches
    through a module's alias without generic arguments on either side (an alias with
    arguments, `Names = Vec<String>`, would lose them here: left unsupported)."""
    item = r.res.ty_aliases.get(key)
    if item is None or item.kind.generics.params:
        return None
    body = item.kind.ty
    if not isinstance(body.kind, ast.TyPath) or body.kind.qself is not None \
            or any(s.args is not None for s in body.kind.path.segments):
        return None
    got = r.res.types.get(body.id)
    if got is None or got.kind != "adt" or got.target not in r.res.adts:
        return None
    adt = r.res.adts[got.target]
    if adt.generics.names:
        return None
    return got.target
