"""Traits declared in modules (`mod shapes { pub trait Area { .. } }`): naming one by a
path (`shapes::Area`) or through a `use`, with the tree's privacy (modules.py).

Traits stay keyed by their bare name (resolve/traits.py refuses two traits of one
name); the module tree gives each one a binding in its module's type namespace, so
paths and imports resolve through it and typeck can tell which traits are in scope
(typeck/trait_scope.py).
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported

NOT_TREE = object()      # the path is not one the tree resolves (a std trait)


def trait_name(r, path: ast.Path):
    """The trait a path names through the module tree: its key, None when it names no
    trait (reported), or NOT_TREE for the resolver's std-trait logic."""
    from . import module_paths
    segs = path.segments
    if any(s.args is not None for s in segs[:-1]) or path.global_:
        return NOT_TREE
    plain = ast.Path([ast.PathSegment(s.ident, None, s.id) for s in segs], path.span)
    kind, b = module_paths._resolve(r, plain.segments, "types", False)
    if kind == "item" and b.kind == "trait":
        return b.target
    if kind == module_paths._ERR:
        return None
    if kind == "missing" and len(segs) == 1 and segs[0].ident.name in r.res.traits.defs:
        from ..std import is_std_span
        if is_std_span(r.res.traits.defs[segs[0].ident.name].span):
            from .traits import _visible_source_trait
            if not _visible_source_trait(r.res.traits, segs[0].ident.name, path.span):
                return NOT_TREE             # (`FromStr` without its `use`)
            return segs[0].ident.name       # a prelude trait of std's source (`Iterator`)
    if kind == "missing" and len(segs) == 1 and segs[0].ident.name in r.res.traits.defs \
            and not r.res.traits.defs[segs[0].ident.name].is_std:
        # rustc's E0405 with a "consider importing this trait" help: not recorded yet.
        r.diags.append(unsupported(path.span, "a trait of another module named without `use`"))
        r.res.traits.refused.add(segs[0].ident.name)
        return None
    return NOT_TREE


def module_key(tree, item: ast.Item) -> str:
    """`crate::a::b::Name`, the path rustc's import suggestions write for a trait."""
    m = tree.module_of.get(item.id) if tree is not None else None
    name = item.kind.ident.name
    return "crate::" + (m.key(name) if m is not None else name)


def visible(r, trait: str) -> bool:
    """Whether the bare name `trait` names that trait in the current module."""
    if r.mods is None or not r.mods.active:
        return True
    from .module_paths import cur
    b = r.mods.lookup(cur(r), trait, "types")
    return b is not None and b.kind == "trait" and b.target == trait
