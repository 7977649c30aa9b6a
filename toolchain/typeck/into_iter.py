"""`x.into_iter()` on arrays, Vecs and slices: the impl of `IntoIterator` rustc's
method probe picks for the receiver's type.

- `[T; N]` by value: `array::IntoIter<T, N>`, the elements by value (edition 2021+);
- `&Vec<T>`, `&[T]`, `&[T; N]` (and `&mut`): the same iterator as `iter()` /
  `iter_mut()` (`slice::Iter`, `IterMut`), which is how std implements them;
- `Vec<T>` by value finds std's `Vec::into_iter` like any method, and an iterator
  its `Iterator::into_iter` (std's `impl<I: Iterator> IntoIterator for I`).

rustc's `N` is a const parameter; Ferrite's `array::IntoIter` takes the length as a
type argument that shows as the number (`Ty("std", "3")`).
"""

from __future__ import annotations

from dataclasses import replace

from ..syntax import ast
from ..types import Ty, array_len, array_length
from .methods import MethodCallee

ARRAY_INTO_ITER = "std::array::into_iter"


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty, n: int) -> Ty | None:
    """The call's type when it is one of the cases above; None otherwise."""
    if k.args or k.segment.args is not None:
        return None
    if base.kind == "array" and n == 0 and ARRAY_INTO_ITER in fcx.results.sigs:
        # (a const parameter's `[T; N]` in a generic body keeps `N`: std's `map`)
        length = Ty("std", str(array_len(base))) if base.name else array_length(base)
        fcx.results.method_calls[e.id] = MethodCallee(ARRAY_INTO_ITER, 0, None)
        fcx.method_args[e.id] = (base, base.args[0], length)
        return Ty("adt", "std::array::IntoIter", (base.args[0], length))
    if n == 0 or not (base.kind in ("array", "slice") or (base.kind == "adt" and base.name == "Vec")):
        return None
    inner = rt
    for _ in range(n - 1):
        inner = inner.args[0]
    name = "iter_mut" if inner.mutable else "iter"
    seg = replace(k.segment, ident=replace(k.segment.ident, name=name))
    from . import std_probe
    return std_probe.method_call(fcx, e, replace(k, segment=seg), rt, base, n)
