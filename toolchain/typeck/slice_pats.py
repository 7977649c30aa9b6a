"""Slice patterns on slices: `[a, b]`, `[first, .., last]`, `[head, tail @ ..]` against
`[T]` (reached through `&[T]` / `&mut [T]` by default binding modes, see refs.py).

Elements before the `..` are recorded in `pat_tuple_fields` by their index from the
start, those after it by a negative index from the end (`-1` is the last), as rustc's
`ConstantIndex { from_end }`; MIR tests the length first (build_slice_pats.py). A
`rest @ ..` binds the sub-slice the `..` covers: `&[T]` under a `ref` binding mode.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, display, ref, slice_ty
from ..unsupported import unsupported


def check(fcx, p: ast.Pat, k: ast.PatSlice, t: Ty) -> None:
    """`t` is the (shallow) `[T]` matched."""
    from .arrays import is_rest
    elem = t.args[0]
    rest = [i for i, el in enumerate(k.elems) if is_rest(el)]
    if len(rest) > 1:
        fcx.diags.append(unsupported(p.span, "several `..` in one slice pattern"))
        return
    pos = rest[0] if rest else len(k.elems)
    indices: list[int] = []
    for i, el in enumerate(k.elems):
        if i < pos:
            indices.append(i)
            fcx.check_pat(el, elem)
        elif i > pos:
            indices.append(i - len(k.elems))
            fcx.check_pat(el, elem)
        elif isinstance(el.kind, ast.PatIdent):
            bind_rest(fcx, el, slice_ty(elem))
    fcx.pat_tuple_fields[p.id] = indices


def bind_rest(fcx, el: ast.Pat, covered: Ty) -> bool:
    """`name @ ..`: the elements the `..` covers (`covered`: `[T]` or `[T; k]`), by
    reference under a `ref` binding mode. False when refused."""
    k: ast.PatIdent = el.kind
    mode = getattr(fcx, "bind_mode", "move")
    if k.by_ref and mode == "move":
        mode = "ref mut" if k.mutable else "ref"
    elif k.by_ref or (k.mutable and mode != "move"):
        fcx.diags.append(unsupported(el.span, "`ref` or `mut` bindings under a default "
                                              "binding mode"))
        return False
    if mode == "move":
        if covered.kind == "slice":
            # rustc's E0277 (`[T]` is unsized); not reproduced yet.
            fcx.diags.append(unsupported(el.span, f"binding a `{display(covered)}` by value"))
            return False
        fcx.local_types[el.id] = covered
        return True
    fcx.results.binding_modes[el.id] = mode
    fcx.local_types[el.id] = ref(covered, mode == "ref mut")
    return True
