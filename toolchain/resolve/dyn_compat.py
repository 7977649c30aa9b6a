"""Dyn compatibility (rustc's "object safety"): whether a trait can be a `dyn` type.

rustc rejects `dyn Trait` with E0038 when the trait requires `Self: Sized` (a `Clone`,
`Copy` or `Sized` supertrait), has an associated function without `self`, a generic
method, a method that mentions `Self` outside its receiver, or an associated constant.
rustc reports E0038 at several places of a program (each type and each coercion site)
with a layout Ferrite does not reproduce yet, so such a trait object is refused as
unsupported, naming the reason: never run as if rustc had accepted it.
"""

from __future__ import annotations

from ..syntax import ast
from ..syntax.visit import iter_nodes

_SIZED_SUPERTRAITS = ("Clone", "Copy", "Sized")


def violation(trait: ast.Trait) -> str | None:
    """Why the trait is not dyn compatible (rustc's wording), or None."""
    for b in trait.supertraits:
        if isinstance(b, ast.TraitBound) and not b.maybe \
                and b.path.segments[-1].ident.name in _SIZED_SUPERTRAITS:
            return "it requires `Self: Sized`"
    for item in trait.items:
        k = item.kind
        if isinstance(k, ast.Const):
            return f"it contains the associated `const` `{k.ident.name}`"
        if not isinstance(k, ast.Fn):
            continue
        name = k.ident.name
        if _sized_only(k):
            continue
        if k.sig.self_param is None:
            return f"associated function `{name}` has no `self` parameter"
        if any(p.kind == "type" for p in k.generics.params) \
                or any(isinstance(p.ty.kind, ast.TyImplTrait) for p in k.sig.params):
            return f"method `{name}` has generic type parameters"
        if any(_mentions_self(p.ty) for p in k.sig.params):
            return f"method `{name}` references the `Self` type in this parameter"
        if k.sig.ret is not None and _mentions_self(k.sig.ret):
            return f"method `{name}` references the `Self` type in its return type"
        if any(w.bounded_ty is not None and _is_self(w.bounded_ty)
               for w in k.generics.where_clause):     # (`where Self: Named`)
            return f"method `{name}` references the `Self` type in its `where` clause"
    return None


def _sized_only(f: ast.Fn) -> bool:
    """`where Self: Sized`: the method does not apply to trait objects."""
    for w in f.generics.where_clause:
        if w.bounded_ty is not None and _is_self(w.bounded_ty) and any(
                isinstance(b, ast.TraitBound) and b.path.segments[-1].ident.name == "Sized"
                for b in w.bounds):
            return True
    return False


def _is_self(t: ast.Ty) -> bool:
    k = t.kind
    return isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
        and k.path.segments[0].ident.name == "Self"


def _mentions_self(t: ast.Ty) -> bool:
    # `Self::Item` (a projection) is allowed; a bare `Self` anywhere is not.
    return any(isinstance(n, ast.Ty) and _is_self(n) for n in iter_nodes(t))
