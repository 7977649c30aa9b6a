"""The `#[must_use]` functions of std for rustc's `unused_must_use` ("unused return value
of `core::str::<impl str>::trim` that must be used").

Ferrite's std marks them as rustc's does, `#[must_use]` or `#[must_use = "note"]` on the
function, or on a trait's method declaration (`Clone::clone`, `From::from`), which then
covers every impl's method, the learner's too. rustc names the function by its def path
in rustc's own std, which Ferrite's std layout cannot give (`str::trim` is in core,
`str::to_uppercase` in alloc; ints' `min` is `Ord::min`), so each marked function also
says it: `#[ferrite::must_use_path = "core::num::<impl {Self}>::pow"]`, where `{Self}`
is the type of the impl (its methods are stamped by a macro for every integer type).
Without that attribute the name is the method's bare name for a trait's methods, else
Ferrite's key. A learner's `#[must_use]` functions are named by their key, and are
supported only at the crate's root (its functions, its types' methods, its traits)."""

from __future__ import annotations

from ..resolve.adts import must_use_of
from ..resolve.traits import split_impl_key
from ..std import is_std_span
from ..syntax import ast


def callee(e: ast.Expr, tcx) -> tuple[str | None, str] | None:
    """The key of the std function or method a call expression calls and the method's
    name; (None, "clone") for the compiler-provided `Clone::clone` (derived impls,
    `Box`, `&T`), which Ferrite's typeck records without a key."""
    k = e.kind
    if isinstance(k, ast.ExprMethodCall):
        mc = tcx.method_calls.get(e.id)
        return (mc.key if mc is not None else None), k.segment.ident.name
    if isinstance(k, ast.ExprCall):
        m = tcx.trait_path_methods.get(e.id)     # `Clone::clone(&x)`
        if m is not None:
            mc = tcx.method_calls.get(e.id)
            return (mc.key if mc is not None else None), m.segment.ident.name
        ft = tcx.expr_types.get(k.func.id)
        if ft is not None and ft.kind == "fndef":
            return ft.name, ft.name.rsplit("::", 1)[-1]
    return None


def must_use(e: ast.Expr, tcx, res) -> tuple[str, str | None] | None:
    """rustc's name of the `#[must_use]` function `e` calls and its note, or None."""
    if isinstance(e.kind, ast.ExprBuiltinMacro) and e.kind.name == "format":
        # rustc's `format!` wraps its `String` in `std::fmt::must_use(..)` (no note).
        return "must_use", None
    c = callee(e, tcx)
    if c is None:
        return None
    key, name = c
    if key is None:
        if name != "clone":
            return None
        return _from_trait("Clone", "clone", res)
    item = res.fns.get(key)
    split = split_impl_key(key)
    if item is not None and is_std_span(item.span):
        found = _marked(item.attrs, key)
        if found is not None:
            return found
    elif item is not None and split is None and _learners_path(key, res):
        return _marked(item.attrs, key)
    if split is not None:
        return _from_trait(split[0], split[1], res)
    return None


def _from_trait(trait: str, name: str, res) -> tuple[str, str | None] | None:
    d = res.traits.defs.get(trait)
    if d is None or d.decl is None:
        return None
    if is_std_span(d.decl.span):
        path = name
    elif "::" not in trait:
        path = f"{trait}::{name}"      # a learner's trait at the crate's root: `Shape::area`
    else:
        return None
    for it in d.decl.kind.items:
        if isinstance(it.kind, ast.Fn) and it.kind.ident.name == name:
            return _marked(it.attrs, path)
    return None


def _learners_path(key: str, res) -> bool:
    """Whether rustc names the learner's function as Ferrite keys it: a function at the
    crate's root (`compute`) or a method of a type there (`Counter::next`). One in a
    module gets rustc's trimmed path (`area` for `shapes::area`, unless the name is
    taken elsewhere), which Ferrite does not compute: not warned."""
    parts = key.split("::")
    if len(parts) == 1:
        return True
    adt = res.adts.get(parts[0]) if len(parts) == 2 else None
    # (a generic type's methods are named with the impl's parameters: `Stack::<T>::peek`)
    return adt is not None and not adt.generics.names and parts[0] not in res.region_adts


def must_use_path(attrs) -> str | None:
    """The name rustc gives a marked std item, from `#[ferrite::must_use_path = ".."]`."""
    for a in attrs:
        if a.name == "ferrite::must_use_path" and a.eq_value is not None:
            return a.eq_value.kind.lit.value
    return None


def _marked(attrs, key: str) -> tuple[str, str | None] | None:
    note = must_use_of(attrs)
    if note is None:
        return None
    note = note or None      # (a bare `#[must_use]` has no note)
    path = must_use_path(attrs)
    if path is None:
        path = key if split_impl_key(key) is None else split_impl_key(key)[1]
    elif "{Self}" in path:
        path = path.replace("{Self}", key.rsplit("::", 1)[0])
    return path, note
