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
    for p in f.sig.params:
        for n in iter_nodes(p.ty):
            if not (isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyImplTrait)):
                continue
            name = "impl " + " + ".join(_bound_text(b) for b in n.kind.bounds)
            bounds: list = []
            _add(r, n.kind.bounds, bounds, r.diags)
            own.names.append(name)
            own.spans.append(n.span)
            own.bounds.append(bounds)
            r.res.types[n.id] = Res("param", (name, parent_count + len(own.names) - 1))


def _bound_text(b) -> str:
    if isinstance(b, ast.TraitBound):
        return ("?" if b.maybe else "") + path_to_string(b.path, "type")
    return getattr(b, "name", "_")


def is_impl_trait(t: ast.Ty) -> bool:
    return isinstance(t.kind, ast.TyImplTrait)
