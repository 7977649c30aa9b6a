"""`map[&k]` and `deque[i]`: std's `Index` impls of std::collections.

- `HashMap<K, V>` / `BTreeMap<K, V>`: `Index<&Q>` where `K: Borrow<Q>`, giving `V`; a
  missing key panics "no entry found for key". There is no `IndexMut`: assigning
  through the index is rustc's E0594 (`mark_write`).
- `VecDeque<T>`: `Index<usize>` and `IndexMut<usize>`, giving `T`; out of bounds it
  panics "Out of bounds access". A `VecDeque` is a list in the machine, so its index
  is a place projection like a `Vec`'s (mir/build_collection_index.py).

A map's index is the call of std's `map_index` (std/collections.rs): recorded in
`results.map_index` (expr id -> the call's key), with its type arguments `(K, V, Q)`
in `method_args` under the expression's id.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, Ty, display, int_ty
from ..unsupported import unsupported

USIZE = int_ty("usize")
MAPS = ("HashMap", "BTreeMap")
INDEXED = MAPS + ("VecDeque",)
MAP_INDEX = "std::collections::map_index"


def applies(t: Ty) -> bool:
    return t.kind == "adt" and t.name in INDEXED


def check(fcx, e: ast.Expr, k: ast.ExprIndex, inner: Ty, n: int) -> Ty:
    if n:
        fcx.results.field_derefs[e.id] = n       # (`r[i]` through a reference)
    it = fcx.infer.resolve(fcx.check_expr(k.index, None))
    if it.is_error:
        return ERROR
    if inner.name == "VecDeque":
        if fcx.infer.unify(it, USIZE):
            return inner.args[0]
        fcx.diags.append(unsupported(k.index.span, f"indexing a `{display(inner)}` by "
                                     f"`{display(it)}`"))
        return ERROR
    if it.kind != "ref":
        fcx.diags.append(unsupported(k.index.span, f"indexing a `{display(inner)}` by "
                                     f"`{display(it)}`"))
        return ERROR
    kt = fcx.infer.resolve(inner.args[0])
    q = fcx.infer.resolve(it.args[0])
    from .collection_bounds import borrows_as
    if q.kind in ("var", "intvar") or kt.kind in ("var", "intvar"):
        fcx.infer.unify(q, kt)
    elif not borrows_as(kt, q):
        fcx.diags.append(unsupported(k.index.span, f"indexing a `{display(inner)}` by "
                                     f"`{display(it)}`"))
        return ERROR
    if MAP_INDEX not in fcx.results.sigs:
        fcx.diags.append(unsupported(e.span, "indexing a map"))
        return ERROR
    fcx.results.__dict__.setdefault("map_index", {})[e.id] = MAP_INDEX
    fcx.method_args[e.id] = (inner.args[0], inner.args[1], it.args[0])
    return inner.args[1]


def mark_write(fcx, e: ast.Expr, lhs: ast.Expr) -> None:
    """`map[k] = v` / `map[k] += v`: E0594, as rustc's borrow checker words it."""
    inner = lhs
    while isinstance(inner.kind, (ast.ExprParen, ast.ExprField)):
        inner = inner.kind.expr
    if not isinstance(inner.kind, ast.ExprIndex) \
            or inner.id not in fcx.results.__dict__.get("map_index", ()):
        return
    # (reported once the body is inferred, with the map's final type: collection_bounds.py)
    fcx.__dict__.setdefault("collection_writes", []).append((e, inner.kind.expr))


def e0594(fcx, e: ast.Expr, base: ast.Expr) -> None:
    t = fcx.infer.fallback(fcx.infer.resolve(fcx.types.get(base.id, ERROR)))
    while t.kind == "ref":
        t = t.args[0]
    shown = display(t)
    d = Diagnostic.error(f"cannot assign to data in an index of `{shown}`", e.span,
                         "cannot assign", code="E0594")
    d.help(f"trait `IndexMut` is required to modify indexed content, but it is not "
           f"implemented for `{shown}`")
    d.help(f"to modify a `{shown}`, use `.get_mut()`, `.insert()` or the entry API")
    fcx.diags.append(d)
