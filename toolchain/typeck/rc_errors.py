"""Mutating through an `Rc` (which has no `DerefMut`): rustc's borrow checker names the
`Rc` ("cannot assign to data in an `Rc`", "cannot borrow data in an `Rc` as mutable")
instead of the general "data in dereference of `X`". Checked where the type checker
sees the overloaded deref (typeck/deref.py) and, for places reached by auto-deref
(`rc.field = v`), by the borrow checker (borrowck/refs.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display


def is_rc(t: Ty | None) -> bool:
    """An `Rc`, or a `RefCell`'s shared guard `Ref`: neither has `DerefMut`."""
    return t is not None and t.kind == "adt" and t.name in ("Rc", "Ref") and len(t.args) == 1


def rc_error(t: Ty, span, what: str) -> Diagnostic:
    data = "data in an `Rc`" if t.name == "Rc" else f"data in dereference of `{display(t)}`"
    if what == "assign":
        d = Diagnostic.error(f"cannot assign to {data}", span, "cannot assign", code="E0594")
    else:
        d = Diagnostic.error(f"cannot borrow {data} as mutable", span,
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


_SHARED = ("Rc", "Weak", "RefCell", "Cell", "Ref", "RefMut")


def clone_holding_rc(fcx, e, t: Ty) -> bool:
    """A derived (or std) `clone` of a value holding a cell: the machine copies such a
    value without `RefCell::clone`'s borrow check, so it is refused. (An `Rc` or `Weak`
    inside is counted by the machine's copy: interp/shims_rc.py.)"""
    from ..unsupported import unsupported
    while t.kind == "ref":
        t = t.args[0]
    if not _holds(fcx, fcx.infer.resolve(t), set()):
        return False
    fcx.diags.append(unsupported(e.span, "cloning a value that holds an `Rc`, a `Weak` or a "
                                         "cell"))
    return True


def _holds(fcx, t: Ty, seen: set) -> bool:
    if t.kind == "adt" and t.name in ("Rc", "Weak"):
        return False     # (the machine's copy counts the new owner; what it points at is shared)
    if t.kind == "adt" and t.name in _SHARED:
        return True
    if any(_holds(fcx, a, seen) for a in t.args if type(a) is Ty):
        return True
    if t.kind != "adt" or t.name in seen:
        return False
    seen.add(t.name)
    layout = fcx.results.adts.get(t.name)
    if layout is None:
        return False
    tys = list(layout.tys) + [f for v in layout.variants for f in v.tys]
    return any(_holds(fcx, f, seen) for f in tys)


def std_clone(res, t: Ty, arg_is_clone) -> bool | None:
    """Whether std's `Clone` impls cover `t` when it is `Rc`/`Weak` (always),
    `RefCell<T: Clone>` or `Cell<T: Copy>` (`arg_is_clone` decides the argument); None
    for other types. Running such a clone is refused yet (`clone_holding_rc`), but the
    borrow checker's clone helps follow rustc."""
    from ..std import is_std_span
    if t.kind != "adt" or t.name not in ("Rc", "Weak", "RefCell", "Cell") \
            or not is_std_span(res.adts[t.name].span):
        return None
    return t.name in ("Rc", "Weak") or arg_is_clone(t.args[0])
