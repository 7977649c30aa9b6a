"""`Box<T>` in the type checker, where it differs from other std types: the compiler
derefs a box built in (`*b`, and each autoderef step of method calls and field
access: refs.peel), and a box is `Clone`, `PartialEq` and `Debug` when its content
is (std/boxed.rs derives them)."""

from __future__ import annotations

from ..types import Ty, is_box


def clone_box(fcx, e, rt: Ty) -> Ty | None:
    """`b.clone()` on a box (or a reference to one) clones the box, not its content
    (rustc's probe finds `Box<T>: Clone` at the first step that is a box)."""
    from .methods import MethodCallee
    t, n = rt, 0
    while t.kind == "ref":
        t, n = t.args[0], n + 1
    if not is_box(t) or not fcx.is_clone(t):
        return None
    fcx.results.method_calls[e.id] = MethodCallee(None, n, None)
    return t
