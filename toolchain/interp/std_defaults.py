"""`<T as Default>::default` for the std types whose `Default` impl Ferrite's std does not
declare as source yet (numbers, `bool`, `char`, tuples, `String`, `Vec`, the collections,
`Option`) and for the learner's `#[derive(Default)]` structs: a generic body's `T::default()` reaches them through its `Self`, and the value
is the one `shims_map.default_value` makes (the types typeck's `collection_bounds
._has_default` lets through)."""

from __future__ import annotations

SUFFIX = " as Default>::default"


def is_builtin_default(program, func: str) -> bool:
    return func.endswith(SUFFIX) and func not in program.bodies


def value(m, self_ty):
    from .shims_map import default_value
    layout = m.program.adts.get(self_ty.name) if self_ty.kind == "adt" else None
    if layout is not None and layout.kind != "enum" and "Default" in layout.derives:
        # `#[derive(Default)]`: each field's default (typeck/derive_default.py vouches
        # that the machine makes every one of them)
        from ..types import subst        # (a generic struct's fields: its arguments)
        return [value(m, subst(t, self_ty.args)) for t in layout.tys]
    if layout is not None and layout.default_discr is not None:
        return [layout.default_discr]    # (an enum's `#[default]` unit variant)
    return default_value(m, self_ty)
