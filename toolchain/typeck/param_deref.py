"""`*x` where `x: T` and `T: Deref` (or `DerefMut`) is a bound of the generic body:
rustc's overloaded deref through the bound, `*<T as Deref>::deref(&x)`, whose type is
the projection `<T as Deref>::Target` (`fn first<T: Deref>(x: &T) -> &T::Target {
&**x }`). The step is recorded as typeck/deref.py's, with the parameter as the call's
`Self` (mir/build_deref.py passes it on, so each instance calls its type's impl)."""

from __future__ import annotations

from ..types import Ty


def step(fcx, t: Ty, mutable: bool = False) -> tuple[Ty, tuple] | None:
    """(`<T as Deref>::Target`, the deref call) for a bounded parameter `t`; None when
    `t` is not one (or lacks `DerefMut` for a write)."""
    if t.kind != "param" or t.name == "Self":
        return None
    from .bounds import has_bound
    from .projection import proj
    if not has_bound(fcx, t, "Deref"):
        return None
    if mutable and not has_bound(fcx, t, "DerefMut"):
        return None
    target = proj("Deref", "Target", t)
    from .projection import param_eq      # `D: Deref<Target = String>`: the bound's type
    for tr in ("Deref", "DerefMut"):
        got = param_eq(fcx, t, tr, "Target")
        if got is not None:
            target = got
            break
    key = "<Self as DerefMut>::deref_mut" if mutable else "<Self as Deref>::deref"
    return target, (key, (), target, mutable, t)
