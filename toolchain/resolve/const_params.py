"""Const generic parameters of functions (`fn sum<const N: usize>(xs: [i32; N])`).

A const parameter takes a place in its item's generics beside the type parameters
(rustc's `Generics` has one list too); at a call its argument is a `Ty("const", "3")`
found by inference from the argument types, and its uses resolve to
`Res("const_param", (name, index, type name))`:
- as an array length (`[T; N]`, `[0; N]`): resolve/array_lens.py keeps its index;
  typeck builds `Ty("array", "", (T, param N))` (types.array_of);
- as a value (`0..N`): an operand whose type the instance substitutes (mir/build.py).
Learner code uses integer, `bool` and `char` parameters; other types, defaults and
const parameters of structs, impls and traits are refused as unsupported.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import INT_NAMES
from ..unsupported import unsupported

_TYPES = INT_NAMES + ("bool", "char")


def declare(p: ast.GenericParam, info, diags: list[Diagnostic]) -> None:
    t = p.const_ty
    name = None
    if t is not None and isinstance(t.kind, ast.TyPath) and len(t.kind.path.segments) == 1 \
            and t.kind.path.segments[0].args is None:
        name = t.kind.path.segments[0].ident.name
    if name not in _TYPES or p.default is not None:
        diags.append(unsupported(p.span, "const parameters of this kind"))
        return
    if p.ident.name in info.names:
        diags.append(unsupported(p.ident.span, "a generic parameter declared twice"))
        return
    info.consts[len(info.names)] = name
    info.names.append(p.ident.name)
    info.spans.append(p.span)       # (rustc points at the whole `const N: usize`)
    info.bounds.append([])


def value_path(r, e: ast.Expr, name: str) -> bool:
    """`N` in an expression: the const parameter in scope of that name."""
    i = r.ty_params.index(name)
    if i is None or i not in r.ty_params.consts:
        return False
    from .resolver import Res
    r.res.values[e.id] = Res("const_param", (name, i, r.ty_params.consts[i]))
    return True


def type_arg(r, a: ast.Ty) -> bool:
    """`N` as a generic argument (`helper::<N>()`): a path the parser took for a type
    that names a const parameter in scope (typeck/generics.explicit_args)."""
    k = a.kind
    if not (isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1
            and k.path.segments[0].args is None):
        return False
    name = k.path.segments[0].ident.name
    i = r.ty_params.index(name)
    from .resolver import Res
    if i is None and name in r.res.consts and name not in r.res.adts:   # `f::<SIZE>()`
        r.res.types[a.id] = Res("const_item", name)
        return True
    if i is None or i not in r.ty_params.consts:
        return False
    r.res.types[a.id] = Res("const_param", (name, i, r.ty_params.consts[i]))
    return True
