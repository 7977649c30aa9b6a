"""`impl Trait` in argument position (`fn show(x: &impl Display)`): as in rustc, each
one is an anonymous type parameter of the function, bounded by its traits. It is
appended to the function's own parameters under the name rustc shows for it
(`impl Display`), so typeck (bounds, E0277 at calls) and the machine (instances)
handle it as any bounded parameter. `impl Trait` elsewhere is typeck's business
(return position) or refused.
"""

from __future__ import annotations

from ..syntax import ast
from ..syntax.printer import path_to_string
from ..syntax.visit import iter_nodes


def add_params(r, f: ast.Fn, own, parent_count: int) -> None:
    """Give each `impl Trait` in `f`'s parameter types its anonymous parameter."""
    from .bounds import _add
    from .resolver import Res
    # The function's own parameters are in scope in the bounds (`impl Iterator<Item = T>`).
    saved, r.ty_params = r.ty_params, r.ty_params.child(own)
    try:
        _add_params(r, f, own, parent_count, _add, Res)
    finally:
        r.ty_params = saved


def _add_params(r, f: ast.Fn, own, parent_count: int, _add, Res) -> None:
    for p in f.sig.params:
        for n in _impl_traits(p.ty):
            name = "impl " + " + ".join(_bound_text(b) for b in n.kind.bounds)
            bounds: list = []
            # (its index among `own`: `impl Iterator<Item = u32>` keeps its `Item = u32`)
            _add(r, n.kind.bounds, bounds, r.diags, len(own.names), own)
            own.names.append(name)
            own.spans.append(n.span)
            own.bounds.append(bounds)
            r.res.types[n.id] = Res("param", (name, parent_count + len(own.names) - 1))


def _impl_traits(t: ast.Ty):
    """The `impl Trait` types inside `t`, outermost first (a walk over type syntax only:
    every signature of std is looked at, so the generic node walk would cost)."""
    k = t.kind
    if isinstance(k, ast.TyImplTrait):
        yield t
        return
    if isinstance(k, (ast.TyRef, ast.TyPtr, ast.TyParen)):
        yield from _impl_traits(k.ty)
    elif isinstance(k, (ast.TyArray, ast.TySlice)):
        yield from _impl_traits(k.elem)
    elif isinstance(k, ast.TyTuple):
        for el in k.elems:
            yield from _impl_traits(el)
    elif isinstance(k, ast.TyPath):
        for seg in k.path.segments:
            if seg.args is not None:
                for n in iter_nodes(seg.args):
                    if isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyImplTrait):
                        yield n
    elif not isinstance(k, (ast.TyNever, ast.TyInfer)):
        for n in iter_nodes(t):
            if isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyImplTrait):
                yield n


def _bound_text(b) -> str:
    if isinstance(b, ast.TraitBound):
        return ("?" if b.maybe else "") + path_to_string(b.path, "type")
    return getattr(b, "name", "_")


def is_impl_trait(t: ast.Ty) -> bool:
    return isinstance(t.kind, ast.TyImplTrait)
