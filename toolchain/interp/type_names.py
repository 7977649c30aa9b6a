"""`std::any::type_name::<T>()` as rustc 1.95 prints it, for `PhantomData<T>`'s
`Debug` (std/marker.rs): the learner's items under the crate's name (the file's
stem), std's under the path of the crate that defines them (`alloc::vec::Vec`)."""

from __future__ import annotations

from pathlib import PurePath

from ..types import Ty

# std's types by where rustc's std defines them.
_STD_PATHS = {
    "String": "alloc::string::String", "Vec": "alloc::vec::Vec", "Box": "alloc::boxed::Box",
    "Option": "core::option::Option", "Result": "core::result::Result",
    "Rc": "alloc::rc::Rc", "Arc": "alloc::sync::Arc", "RefCell": "core::cell::RefCell",
    "Cell": "core::cell::Cell", "VecDeque": "alloc::collections::vec_deque::VecDeque",
    "HashMap": "std::collections::hash::map::HashMap",
    "HashSet": "std::collections::hash::set::HashSet",
    "BTreeMap": "alloc::collections::btree::map::BTreeMap",
    "BTreeSet": "alloc::collections::btree::set::BTreeSet",
    "PhantomData": "core::marker::PhantomData",
}


def type_name(t: Ty, crate: str) -> str:
    k = t.kind
    if k in ("int", "float"):
        return t.name
    if k in ("bool", "char", "str"):
        return k
    if k == "ref":
        return ("&mut " if t.mutable else "&") + type_name(t.args[0], crate)
    if k == "tuple":
        inner = ", ".join(type_name(a, crate) for a in t.args)
        return f"({inner},)" if len(t.args) == 1 else f"({inner})"
    if k == "slice":
        return f"[{type_name(t.args[0], crate)}]"
    if k == "array":
        return f"[{type_name(t.args[0], crate)}; {t.name}]"
    if k == "adt":
        std = _std_keys()
        if t.name in _STD_PATHS:
            path = _STD_PATHS[t.name]
        elif t.name in std:      # (rustc names the defining crate: `core::`, `alloc::`)
            path = std[t.name]
        else:
            path = f"{crate}::{t.name}"
        if t.args:
            path += "<" + ", ".join(type_name(a, crate) for a in t.args) + ">"
        return path
    from ..types import display
    return display(t)


def _std_keys() -> dict:
    """std's item keys -> their full paths (`Reverse` -> `std::cmp::Reverse`)."""
    global _STD_KEYS
    if _STD_KEYS is None:
        from ..std import load
        _STD_KEYS = {key: full for full, key in load().aliases.items()}
    return _STD_KEYS


_STD_KEYS: dict | None = None


def phantom_debug(m, p, ty: Ty) -> str:
    """`PhantomData<T>`'s `Debug` text; `ty` is `&PhantomData<T>`."""
    crate = PurePath(m.source.name).stem.replace("-", "_")
    inner = ty.args[0].args[0] if ty.args and ty.args[0].args else Ty("tuple")
    return f"PhantomData<{type_name(inner, crate)}>"


SHIMS = {"phantom_debug": phantom_debug}
