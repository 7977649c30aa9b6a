"""Mutating through an `Rc` (which has no `DerefMut`): rustc's borrow checker names the
`Rc` ("cannot assign to data in an `Rc`", "cannot borrow data in an `Rc` as mutable")
instead of the general "data in dereference of `X`". Checked where the type checker
sees the overloaded deref (typeck/deref.py) and, for places reached by auto-deref
(`rc.field = v`), by the borrow checker (borrowck/refs.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display


def is_rc(t: Ty | None) -> bool:
    return t is not None and t.kind == "adt" and t.name == "Rc" and len(t.args) == 1


def rc_error(t: Ty, span, what: str) -> Diagnostic:
    if what == "assign":
        d = Diagnostic.error("cannot assign to data in an `Rc`", span, "cannot assign",
                             code="E0594")
    else:
        d = Diagnostic.error("cannot borrow data in an `Rc` as mutable", span,
                             "cannot borrow as mutable", code="E0596")
    d.help("trait `DerefMut` is required to modify through a dereference, but it is not "
           f"implemented for `{display(t)}`")
    return d


def rc_mut_error(fcx, base: Ty, span, what: str) -> bool:
    base = fcx.infer.resolve(base)
    if not is_rc(base):
        return False
    # (rustc's borrow checker runs after integer fallback: `Rc<i32>`, not `Rc<{integer}>`.)
    fcx.diags.append(rc_error(_fallback(base), span, what))
    return True


def _fallback(t: Ty) -> Ty:
    if t.kind == "intvar":
        return Ty("int", "i32")
    if t.kind == "floatvar":
        return Ty("float", "f64")
    if t.args:
        return Ty(t.kind, t.name, tuple(_fallback(a) for a in t.args), t.mutable, t.id)
    return t
