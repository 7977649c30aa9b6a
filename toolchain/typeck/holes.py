"""`_` in a type written inside a body (`let v: Vec<_> = ..`, `collect::<Vec<_>>()`,
`x as _`): each one is a fresh inference variable, as in rustc. `_lower_ty` (which
has no inference table) lowers it to the placeholder `HOLE`, and the body's checker
fills the placeholders where it lowers such a type. In an item's signature `_` is
rustc's E0121, which resolve still refuses as unsupported."""

from __future__ import annotations

from ..types import Ty

HOLE = Ty("hole")


def has_hole(t: Ty) -> bool:
    return t is HOLE or t.kind == "hole" or any(has_hole(a) for a in t.args)


def fill(fcx, t: Ty) -> Ty:
    """`t` with each `_` a new inference variable."""
    if t.kind == "hole":
        return fcx.infer.new_var()
    if not t.args or not has_hole(t):
        return t
    return Ty(t.kind, t.name, tuple(fill(fcx, a) for a in t.args), t.mutable, t.id)


def undecided_cast(fcx, e, target: Ty, tainted: bool) -> bool:
    """`x as _` whose target nothing decided: rustc's E0282 on the `let` is not modelled,
    so it is refused (after another error: nothing more)."""
    if target.kind != "var":
        return False
    if not tainted:
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(e.span, "a cast to `_` that nothing decides"))
    return True
