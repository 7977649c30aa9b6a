"""Which regions of a method call's `self` reach its result.

Lifetime elision gives the result of a `&self` / `&mut self` method the lifetime of
`self` when the declared return type has an elided lifetime (`fn first(&self) ->
Option<&T>`, `fn iter(&self) -> Iter<'_, T>`). A return type built only from `Self`'s
associated types (`fn next(&mut self) -> Option<Self::Item>`) has none: the result
borrows what the iterator borrows, not the iterator itself, so
`a.iter().find(..)` may outlive the temporary `a.iter()`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import BORROWING_ADTS


def declaration(res, func: str):
    """The fn item that declares `func`: for a trait impl's method, the trait's
    declaration (whose signature callers see, as in rustc)."""
    if func.startswith("<") and " as " in func:
        trait, _, name = func[func.rindex(" as ") + 4:].partition(">::")
        d = res.traits.defs.get(trait)
        ti = d.items.get(name) if d is not None else None
        if ti is not None and ti.item is not None:
            return ti.item
    return res.fns.get(func)


def result_borrows_self(res, func: str) -> bool | None:
    """True when the result may borrow `self` itself, False when only what `self`
    borrows; None when the callee has no reference `self`."""
    item = declaration(res, func)
    sp = item.kind.sig.self_param if item is not None else None
    if sp is None or sp.kind != "ref":
        return None
    ret = item.kind.sig.ret
    return ret is not None and _elided(ret, res)


def _elided(t: ast.Ty, res) -> bool:
    k = t.kind
    if isinstance(k, ast.TyRef):
        return True
    if isinstance(k, ast.TyPath):
        segs = k.path.segments
        if segs[0].ident.name == "Self" and len(segs) == 1:
            return True          # (`-> &mut Self` is caught above; a bare `Self` may hold one)
        r = res.types.get(t.id)
        if r is not None and r.kind == "adt" and r.target in BORROWING_ADTS:
            return True
        return any(_elided(a, res) for s in segs if s.args is not None
                   for a in s.args.args if isinstance(a, ast.Ty))
    if isinstance(k, (ast.TyTuple,)):
        return any(_elided(el, res) for el in k.elems)
    if isinstance(k, (ast.TyParen, ast.TySlice, ast.TyArray)):
        return _elided(k.ty if isinstance(k, ast.TyParen) else k.elem, res)
    return True
