"""Slice patterns on slices: `[a, b]`, `[first, .., last]`, `[head, tail @ ..]` against
`[T]` (reached through `&[T]` / `&mut [T]` by default binding modes, see refs.py).

Elements before the `..` are recorded in `pat_tuple_fields` by their index from the
start, those after it by a negative index from the end (`-1` is the last), as rustc's
`ConstantIndex { from_end }`; MIR tests the length first (build_slice_pats.py). A
`rest @ ..` binds the sub-slice the `..` covers: `&[T]` under a `ref` binding mode.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
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
    if getattr(fcx, "bind_mode", "move") == "move":
        _refuse_moves_out(fcx, k, elem)


def _refuse_moves_out(fcx, k: ast.PatSlice, elem: Ty) -> None:
    """`match *xs { [a, ..] => .. }`: binding a non-`Copy` element by value moves it out
    of the slice, rustc's E0508 (a borrow-check error, not reproduced yet)."""
    t = fcx.infer.resolve(elem)
    if t.is_error or (t.kind != "var" and fcx.is_copy(t)):
        return
    for el in k.elems:
        at = _by_value_binding(fcx, el)
        if at is not None:
            fcx.diags.append(unsupported(at.span, "moving an element out of a slice"))
            return


def _by_value_binding(fcx, p: ast.Pat) -> ast.Pat | None:
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(p):
        if not isinstance(n, ast.Pat):
            continue
        k = n.kind
        if isinstance(k, ast.PatIdent) and not k.by_ref and n.id not in fcx.res.values \
                and not (k.sub is not None and isinstance(k.sub.kind, ast.PatRest)):
            return n
    return None


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


def vec_pattern_error(fcx, p: ast.Pat, t: Ty) -> bool:
    """`match v { [a, ..] => .. }` with `v: Vec<T>`: rustc's E0529 and its help to slice
    the scrutinee (only that case, where the pattern destructures the scrutinee itself)."""
    origin = fcx.origin
    if not (t.kind == "adt" and t.name == "Vec") or origin is None \
            or fcx.infer.shallow(origin[1]) != t or getattr(fcx, "bind_mode", "move") != "move":
        return False
    name = display(fcx.infer.resolve(t))
    d = Diagnostic.error(f"expected an array or slice, found `{name}`", p.span,
                         f"pattern cannot match with input type `{name}`", code="E0529")
    at = Span(origin[0].hi, origin[0].hi)
    d.help("consider slicing here",
           suggestions=[Suggestion(at, "[..]", "MachineApplicable", "ShowAlways")])
    fcx.diags.append(d)
    return True
