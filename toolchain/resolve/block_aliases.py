"""A type alias declared in a function body (`fn main() { type Pt = (i32, i32); .. }`),
scoped like the other block items (block_items.py): visible in its block, taken out
of `Resolutions.ty_aliases` when the block ends and put back for the later phases.

Taken only in the forms whose checks are simple here: no generic parameters (their
E0091 is the crate-level pass's), a body that does not name the alias itself (E0391),
and a crate without modules (whose aliases are bindings of the module tree).
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported


def declare(r, item: ast.Item) -> bool:
    """Enter the alias `item` of a block; False when refused (reported)."""
    k: ast.TyAlias = item.kind
    name = k.ident.name
    if r.mods.active or k.generics.params or k.generics.where_clause or k.bounds \
            or k.ty is None or name in r.res.ty_aliases or name in r.res.adts \
            or name in r.nested_names:
        r.diags.append(unsupported(item.span, "this type alias inside a function body"))
        return False
    r.res.ty_aliases[name] = item
    return True


def resolve(r, items: list[ast.Item]) -> None:
    """Resolve the bodies once the block's items are declared; an outer function's
    type parameters are not in scope (E0401, as for a nested function)."""
    from .generics import EMPTY
    from .ty_aliases import _deps, _lifetimes
    saved = (r.ty_params, r.outer_ty_params)
    r.outer_ty_params = r.ty_params.child(EMPTY) if r.ty_params.names else r.outer_ty_params
    r.ty_params = EMPTY
    for item in items:
        r.ty(item.kind.ty)
        if any(dep == item.kind.ident.name for dep, _ in _deps(r, item.kind.ty)):
            r.diags.append(unsupported(item.span, "a recursive type alias inside a function "
                                                  "body"))
            from .resolver import Res
            for dep, node in _deps(r, item.kind.ty):
                r.res.types[node.id] = Res("err")
        _lifetimes(r, item.kind.ty)
    r.ty_params, r.outer_ty_params = saved
