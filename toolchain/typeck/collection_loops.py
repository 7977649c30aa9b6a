"""`for pat in coll` over std::collections' maps, sets and `VecDeque`: rustc calls
`IntoIterator::into_iter(coll)`, which is the collection's `iter()` for `&coll`,
`iter_mut()` for `&mut coll` and `into_iter()` by value; then `Iterator::next` on
the result (typeck/for_iter.py).

The `into_iter` step is recorded under the negated id of the loop's expression (its
`next` call has the id itself): `method_calls[-id]` is the collection's method,
`method_args[-id]` its type arguments and `types[-id]` the iterator's type, so the
end of type checking resolves them like any call's; mir/build_for_iter.py calls it.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty, display
from ..unsupported import unsupported

COLLECTIONS = frozenset({"HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "BinaryHeap",
                         "Receiver"})     # (std::sync::mpsc: `for v in rx`)


def is_collection(t: Ty) -> bool:
    base = t.args[0] if t.kind == "ref" else t
    return base.kind == "adt" and base.name in COLLECTIONS


def item_type(fcx, e: ast.Expr, k: ast.ExprForLoop, t: Ty) -> Ty:
    from .for_iter import item_type as iterator_item
    from .generics import instantiate_sig
    from .methods import MethodCallee
    base = t.args[0] if t.kind == "ref" else t
    name = "into_iter" if t.kind != "ref" else "iter_mut" if t.mutable else "iter"
    a = fcx.res.assoc.get(base.name, {}).get(name)
    if a is None:         # (`&mut HashSet`: rustc's E0277, not modelled)
        fcx.diags.append(unsupported(k.iter.span, f"`for` loops over `{display(t)}`"))
        return ERROR
    sig = instantiate_sig(fcx.results.sigs[a.key], base.args)
    fcx.results.method_calls[-e.id] = MethodCallee(a.key, 0, None)
    fcx.method_args[-e.id] = base.args
    fcx.types[-e.id] = sig.ret
    return iterator_item(fcx, e, k, sig.ret)
