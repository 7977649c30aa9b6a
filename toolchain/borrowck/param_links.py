"""Which of a signature's type parameters its bounds tie together, so that a value of
one may come out as (part of) a value of another.

Regions flow between type parameters only through bounds: with `U: From<T>` a `T`'s
references can come back inside a `U`; with `F: FnOnce(T) -> U` the closure's captures
and its argument can. A bound that ties nothing (`T: Display`, `P: FnMut(&T) -> bool`,
whose output names no parameter) keeps the parameters apart, which is what lets
`iter.find(|e| e.0 == k)` return an item without keeping `k` borrowed.

The links are read from the bounds as written (`ast.Generics`). None means "cannot
tell": the caller then assumes every parameter may flow into every other.
"""

from __future__ import annotations

from ..syntax import ast
from ..syntax.visit import iter_nodes

_FN_TRAITS = {"Fn", "FnMut", "FnOnce"}
_OPAQUE = (ast.TyImplTrait, ast.TyTraitObject, ast.TyFn, ast.TyPtr, ast.TyMacCall)


def param_links(res, generics, decl: ast.Generics | None) -> dict[str, set[str]] | None:
    """Each type parameter -> the parameters it is tied to (itself included)."""
    try:
        return _links(res, generics, decl)
    except _Opaque:
        return None


def _links(res, generics, decl):
    if decl is None or generics.method_bounds or any(generics.bounds[:generics.parent_count]):
        return None         # the impl's own bounds are not in `decl`
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(xs: set[str]) -> None:
        xs = {find(x) for x in xs}
        if len(xs) > 1:
            root = min(xs)
            for x in xs:
                parent[x] = root

    def params_in(t) -> set[str]:
        out: set[str] = set()
        for node in (iter_nodes(t) if t is not None else ()):
            if not isinstance(node, ast.Ty):
                continue
            if isinstance(node.kind, _OPAQUE):
                raise _Opaque()      # dyn/impl Trait, fn pointers: not read here
            got = res.types.get(node.id)
            if got is None:
                continue
            if got.kind == "param":
                out.add(got.target[0])
            elif got.kind == "proj" and getattr(got.target[2], "kind", None) == "param":
                out.add(got.target[2].name)
        return out

    def bound(bounded: set[str], b) -> bool:
        if not isinstance(b, ast.TraitBound):
            return True                      # a lifetime bound ties no type
        seg = b.path.segments[-1]
        args = seg.args
        if args is None:
            return True
        if args.parenthesized:
            if seg.ident.name not in _FN_TRAITS:
                return False
            out = params_in(args.output)
            if out:
                ins = set().union(*(params_in(a) for a in args.args if isinstance(a, ast.Ty)))
                union(out | bounded | ins)
            return True
        tied = set(bounded)
        for a in args.args:
            if isinstance(a, ast.Ty):
                tied |= params_in(a)
        for c in args.constraints:
            ty = getattr(c, "ty", None)
            if ty is None:
                return False                  # `Item: Bound` constraints: not read here
            tied |= params_in(ty)
        union(tied)
        return True

    for p in decl.params:
        if p.kind == "type":
            for b in p.bounds:
                if not bound({p.ident.name}, b):
                    return None
    for w in decl.where_clause:
        if w.bounded_ty is None:
            continue
        bounded = params_in(w.bounded_ty)
        for b in w.bounds:
            if not bound(bounded, b):
                return None
    names = set(generics.names) | {"Self"} | set(parent)
    groups: dict[str, set[str]] = {}
    for n in names:
        groups.setdefault(find(n), set()).add(n)
    return {n: groups[find(n)] for n in names}


class _Opaque(Exception):
    pass
