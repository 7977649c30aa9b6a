"""A type alias named where rustc's resolver looks through it to the aliased type:
the first segment of a value or pattern path (`Counts::new()`, `L::Red`), a struct
literal or pattern (`P { x, y }`), and an impl header (`impl M { .. }`,
`impl Trait for M`).

As in rustc the alias stands for its type with its own generic arguments: the path's
first segment is replaced by the aliased path with the alias's parameters substituted
(`type Pairs<T> = Vec<(T, T)>; Pairs::new()` is `Vec::<(_, _)>::new()`, the parameters
the path does not give being inferred), so the rest of resolution and typeck see the
path they already know. An alias of another module is taken when its type reads the
same here (alias_elsewhere.py). An alias of a non-path type (tuple, array, fn pointer) has no
namespace of its own to look into: refused as unsupported.
"""

from __future__ import annotations

import copy
import itertools

from ..syntax import ast
from ..unsupported import unsupported

# Node ids for the substituted copies, far above any the parser hands out.
_IDS = itertools.count(1 << 40)


def alias_of(r, name: str):
    """The alias `name` when it is what a path's first segment names here; REFUSED
    for an alias of another module (its type is written in that module's scope)."""
    if r.ty_params.index(name) is not None:
        return None
    if r.mods.active:
        from .module_paths import cur
        m = cur(r)
        b = r.mods.lookup(m, name, "types")
        if b is None or b.kind != "ty_alias":
            return None
        item = r.res.ty_aliases.get(b.target)
        if item is None or r.mods.mod_of_key.get(b.target) is m:
            return item
        from .alias_elsewhere import portable
        return item if portable(r, item, r.mods.mod_of_key.get(b.target), m) else REFUSED
    return r.res.ty_aliases.get(name)


REFUSED = object()


def _key(r, item: ast.Item) -> str:
    return next(k for k, v in r.res.ty_aliases.items() if v is item)


def expand_first(r, path: ast.Path) -> bool:
    """Replace `path`'s first segment when it names an alias; False when refused
    (reported)."""
    for _ in range(8):      # (alias of alias; cycles are reported by ty_aliases._cycles)
        seg = path.segments[0]
        item = alias_of(r, seg.ident.name)
        if item is None:
            return True
        if item is not REFUSED and r.mods.active:
            from .prelude import is_std_span
            if is_std_span(seg.ident.span):
                return True     # (std's own paths never name the learner's aliases)
        got = _target(item, seg) if item is not REFUSED else None
        if got is not None and r.mods.active:
            from .alias_elsewhere import qualify
            got = qualify(r, item, got, seg)
        if got is None:
            r.diags.append(unsupported(seg.ident.span, "this path through a type alias"))
            return False
        path.segments[0:1] = got
        # (the alias written counts as used; those it names are used through it)
        r.res.alias_path_uses.setdefault(got[-1].id, _key(r, item))     # (dead_aliases.py)
    return True


def expand_self_ty(r, t: ast.Ty) -> None:
    """`impl M` / `impl Trait for M` with `type M = Meters;`: the header names the
    aliased type, as if written out."""
    for _ in range(8):
        k = t.kind
        if not isinstance(k, ast.TyPath) or k.qself is not None or len(k.path.segments) != 1:
            return
        seg = k.path.segments[0]
        from .prelude import is_std_span
        if is_std_span(seg.ident.span):
            return      # (std's own impls never name the learner's aliases)
        item = alias_of(r, seg.ident.name)
        if item is None or item is REFUSED:
            return
        body = item.kind.ty
        if item.kind.generics.params or not isinstance(body.kind, ast.TyPath):
            return      # (left to the impl's own "unsupported" refusal)
        t.kind = _copy(body, {}, seg.ident.span).kind
        if r.mods.active:       # (an alias of another module: its type's absolute path)
            from .alias_elsewhere import qualify
            t.kind.path.segments = qualify(r, item, t.kind.path.segments, seg)
        r.res.alias_path_uses[("impl", t.id)] = _key(r, item)   # (a header is a use)


def _target(item: ast.Item, seg: ast.PathSegment) -> list[ast.PathSegment] | None:
    body = item.kind.ty
    if not isinstance(body.kind, ast.TyPath) or body.kind.qself is not None:
        return None
    params = [p.ident.name for p in item.kind.generics.params]
    given = [a for a in seg.args.args if isinstance(a, ast.Ty)] if seg.args is not None else []
    if seg.args is not None and (len(given) != len(seg.args.args) or seg.args.constraints):
        return None
    sub: dict[str, ast.Ty] = {}
    for i, p in enumerate(params):
        sub[p] = given[i] if i < len(given) else ast.Ty(ast.TyInfer(), seg.ident.span, next(_IDS))
    out = _copy(body, sub, seg.ident.span).kind.path.segments
    last = out[-1]
    # (the use's span, so that what is reported on the name points where it is written)
    out[-1] = ast.PathSegment(ast.Ident(last.ident.name, seg.ident.span), last.args, seg.id)
    return out


def _copy(t: ast.Ty, sub: dict[str, ast.Ty], span) -> ast.Ty:
    """A fresh copy of the alias's type (new node ids: it is resolved again at the use),
    its parameters replaced by `sub`."""
    k = t.kind
    if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
            and k.path.segments[0].args is None and k.path.segments[0].ident.name in sub:
        return sub[k.path.segments[0].ident.name]
    new = copy.copy(t)
    new.id = next(_IDS)
    new.kind = _copy_node(k, sub, span)
    return new


def _copy_node(n, sub, span):
    if isinstance(n, ast.Ty):
        return _copy(n, sub, span)
    if isinstance(n, list):
        return [_copy_node(x, sub, span) for x in n]
    if isinstance(n, tuple):
        return tuple(_copy_node(x, sub, span) for x in n)
    if not hasattr(n, "__dataclass_fields__"):
        return n
    new = copy.copy(n)
    for f in n.__dataclass_fields__:
        v = getattr(n, f)
        if f == "id" and isinstance(v, int):
            setattr(new, f, next(_IDS))
        elif not isinstance(v, (str, int, float, bool, type(None))):
            setattr(new, f, _copy_node(v, sub, span))
    return new
