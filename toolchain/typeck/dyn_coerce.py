"""Trait objects in the type checker: the unsizing coercions to `dyn Trait` and the
methods a trait object has.

`&T` / `&mut T` / `Box<T>` coerce to `&dyn Trait` / `&mut dyn Trait` /
`Box<dyn Trait>` at coercion sites when `T` implements the trait. The coerced
expression is recorded (`TypeckResults.dyn_coercions[expr id] = T`) for MIR, which
makes the fat pointer: the same pointer, carrying the concrete type whose impl
each method call runs (interp/pointer.py `DynPointer`, interp/dyn_dispatch.py).
A method called on a trait object is the trait's (or a supertrait's), keyed
`<Self as Trait>::m` with the object type as its `Self`, as for a bounded type
parameter (`TypeckResults.trait_selves`).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display, is_box


def _pointee(t: Ty) -> tuple[str, Ty] | None:
    if t.kind == "ref":
        return ("&mut" if t.mutable else "&"), t.args[0]
    if is_box(t):
        return "box", t.args[0]
    return None


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """True/False when an unsizing to a trait object decides; None when none applies."""
    sh = fcx.infer.shallow
    x = sh(expected)
    xp = _pointee(x)
    if xp is None or sh(xp[1]).kind != "dyn":
        return _ctor_arg(fcx, found, x)
    f = sh(found)
    fp = _pointee(f)
    if fp is None:
        return None
    if xp[0] != fp[0] and not (xp[0] == "&" and fp[0] == "&mut"):
        return None
    src, obj = fcx.infer.resolve(fp[1]), sh(xp[1])
    if src.kind == "dyn":
        if src.kind == obj.kind and src.name == obj.name and src.args == obj.args \
                and src.id > 0 and (obj.id <= 0 or obj.id & src.id == obj.id):
            return True     # (dropping auto traits: `dyn Error + Send` to `dyn Error`)
        return None if src != obj else True
    if src.kind in ("var", "error"):
        return None
    e = getattr(fcx, "last_recorded", None)
    if e is None or fcx.types.get(e.id) is not found:
        return None
    if obj.args:            # `dyn Fn(i32) -> i32` (dyn_fn.py)
        from . import dyn_fn
        return dyn_fn.coerce(fcx, e, src, obj, xp[0] == "box")
    if not implements(fcx, src, obj.name):
        fcx.diags.append(_e0277(fcx, e, src, obj, f, x))
        return True      # (reported here: no mismatch on top)
    from .dyn_autos import check as check_autos     # `dyn Error + Send + Sync`
    if not check_autos(fcx, e, src, obj, f, x):
        return True
    fcx.results.dyn_coercions[e.id] = src
    from .deref import note
    note(fcx, fcx.results.dyn_coercions, e.id)
    return True


def implements(fcx, t: Ty, trait: str) -> bool:
    from .traits import has_impl
    cx = fcx.results.traits
    if t.kind == "param":
        from .bounds import has_bound
        return has_bound(fcx, t, trait)
    if cx is None:
        return False
    if has_impl(cx, t, trait):
        return True
    from . import impl_select
    if trait in ("Display", "Debug") \
            and impl_select.has_fmt(fcx, t, "" if trait == "Display" else "?") is True:
        return True     # (std's formatting impls: `Box<dyn Debug>` of a `usize`, `&String`)
    return impl_select.candidates(cx, t).get(trait) is not None if cx.matched else False


def _e0277(fcx, e, src: Ty, obj: Ty, found: Ty, expected: Ty) -> Diagnostic:
    from .box_error import unsized_e0277
    d = unsized_e0277(fcx, e, src, obj, fcx.infer.resolve(found), expected)
    if d is not None:
        return d
    trait = obj.name.rsplit("::", 1)[-1]
    not_impl = f"the trait `{trait}` is not implemented for `{display(src)}`"
    adt = fcx.res.adts.get(src.name) if src.kind == "adt" else None
    from ..std import is_std_span
    learner_adt = adt is not None and not is_std_span(adt.span)
    d = Diagnostic.error(f"the trait bound `{display(src)}: {trait}` is not satisfied", e.span,
                         "unsatisfied trait bound" if learner_adt else not_impl, code="E0277")
    if learner_adt:
        d.help(not_impl, adt.header)
    tdef = fcx.res.traits.defs.get(obj.name)
    if tdef is not None and not tdef.is_std:
        from .bounds import impls_help
        impls_help(fcx, obj.name, d)     # (several impls: rustc's list is not recorded yet)
    from .mismatch_helps import expected_string
    d.note(f"required for the cast from `{display(fcx.infer.resolve(found))}` to "
           f"`{expected_string(fcx, expected)}`")
    return d


def impls(fcx, s: Ty) -> dict[str, dict[str, str]]:
    """trait -> method name -> key, for the methods of the trait object `s`: its
    trait's and its supertraits'."""
    from .traits import bound_traits
    out = {}
    for t in bound_traits(fcx.res, s.name):
        d = fcx.res.traits.defs.get(t)
        if d is not None:
            out[t] = {n: f"<Self as {t}>::{n}" for n in d.items}
    return out


def is_object_pointer(fcx, t: Ty) -> bool:
    """`&dyn Trait`, `&mut dyn Trait` or `Box<dyn Trait>`."""
    p = _pointee(fcx.infer.shallow(t))
    return p is not None and fcx.infer.shallow(p[1]).kind == "dyn"


def cast(fcx, e, k, target: Ty) -> bool:
    """`x as Box<dyn Trait>` (or `&dyn Trait`): rustc checks it as the unsizing coercion
    (True when decided here, the operand checked)."""
    if not is_object_pointer(fcx, target):
        return False
    t = fcx.check_expr(k.expr, None)
    if not fcx.coerce(t, target):
        from .cast import check_cast
        d = check_cast(e, fcx.infer.resolve(t), target, fcx)
        if d is not None:
            fcx.diags.append(d)
    return True


# `Some(x)` / `Ok(x)` / `Err(x)`: the variant and which of the enum's arguments its field is.
_CTOR_FIELD = {("Option", 1): 0, ("Result", 0): 0, ("Result", 1): 1}


def _ctor_arg(fcx, found: Ty, x: Ty) -> bool | None:
    """`Some(&s)` where an `Option<&dyn Trait>` is expected (`Some(&self.cause)` of an
    `Error::source`): rustc checks the argument against the field's expected type, so the
    argument unsizes; here the argument is coerced once the call's type is known."""
    from ..syntax import ast
    e = getattr(fcx, "last_recorded", None)
    if e is None or not isinstance(e.kind, ast.ExprCall) or len(e.kind.args) != 1 \
            or fcx.types.get(e.id) is not found or x.kind != "adt":
        return None
    r = fcx.res.values.get(e.kind.func.id)
    i = _CTOR_FIELD.get(r.target) if r is not None and r.kind == "variant_ctor" else None
    f = fcx.infer.shallow(found)
    if i is None or f.kind != "adt" or f.name != x.name or r.target[0] != x.name \
            or len(f.args) != len(x.args) or not is_object_pointer(fcx, x.args[i]):
        return None
    arg = e.kind.args[0]
    at = fcx.types.get(arg.id)
    if at is None:
        return None
    fcx.last_recorded = arg
    ok = coerce(fcx, at, x.args[i])
    fcx.last_recorded = e
    if ok is not True:
        return None
    if not all(fcx.infer.unify(a, b) for j, (a, b) in enumerate(zip(f.args, x.args)) if j != i):
        return None
    fcx.types[e.id] = x     # (the call's value is the expected enum, its field unsized)
    return True
