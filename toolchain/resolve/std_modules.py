"""std's module tree, so that `use std::...` and `std::a::b` paths resolve through the
same lookups as the learner's modules (`modules.py`).

Each file of toolchain/std is a module of std (`mem.rs` is `std::mem`); its items are
bindings under the keys the loader gave them (toolchain/std/__init__.py), so a `use`
of a std item binds the same table entry the prelude or a full path reaches. `core::`
names the same tree (Ferrite's std stands for core and alloc too).

std is much larger than the part Ferrite models: a name this tree lacks may well exist
in rustc's std, so a miss inside std is refused as unsupported (`missing`), never
reported as an error the learner did not make.
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported

ROOTS = ("std", "core")


_built: dict[int, tuple] = {}


def root(std):
    """The tree of `std` (the loaded StdCrate), built once per process: imports only
    ever add bindings to the learner's modules, never to std's."""
    got = _built.get(id(std))
    if got is None or got[0] is not std:
        got = _built[id(std)] = (std, _build(std))
    return got[1]


def _build(std):
    from .modules import Module
    root = Module(("std",), None, is_std=True)
    items = {key: item for item, key in std.items if key is not None}
    for full, key in std.aliases.items():
        item = items.get(key)
        if item is not None:
            *mods, name = full.split("::")[1:]
            m = _module(root, mods, True)
            if m is not None:
                _bind(m, item, key, name)
    for full, target in REEXPORTS.items():     # (the same item at std's public path)
        key = std.aliases.get(target)
        item = items.get(key)
        if item is not None:
            *mods, name = full.split("::")[1:]
            m = _module(root, mods, False)
            if m is not None:
                _bind(m, item, key, name)
    return root


def _module(root, mods: list, create: bool):
    """std's module at path `mods` below `root`, made on the way when `create` (None
    when it does not exist and may not be made)."""
    from .modules import Binding, Module
    m = root
    for seg in mods:
        b = m.types.get(seg)
        if b is None and create:
            sub = Module(m.path + (seg,), m, is_std=True)
            b = m.types[seg] = Binding("mod", sub, None, None, "module", seg)
        if b is None or b.kind != "mod":
            return None
        m = b.target
    return m


# Items of Ferrite's std whose file is not their public module: rustc's std re-exports
# them there (`std::num::ParseIntError` is core's `num::error`), so a learner's `use`
# of the public path must reach them (was refused as unsupported, then E0425).
REEXPORTS = {
    "std::num::ParseIntError": "std::str_parse::ParseIntError",
    "std::num::ParseFloatError": "std::str_parse::ParseFloatError",
    "std::num::IntErrorKind": "std::str_parse::IntErrorKind",
    "std::str::ParseBoolError": "std::str_parse::ParseBoolError",
    "std::char::ParseCharError": "std::str_parse::ParseCharError",
    "std::collections::BinaryHeap": "std::collections::binary_heap::BinaryHeap",
}


def _bind(m, item: ast.Item, key: str, name: str) -> None:
    from .modules import Binding
    k = item.kind
    span = item.span
    if isinstance(k, (ast.Struct, ast.Enum)):
        descr = "struct" if isinstance(k, ast.Struct) else "enum"
        m.types[name] = Binding("adt", key, None, span, descr, name)
        if isinstance(k, ast.Struct) and k.data.kind != "struct":
            m.values[name] = Binding("adt", key, None, span, descr, name)
    elif isinstance(k, ast.Trait):
        m.types[name] = Binding("trait", key, None, span, "trait", name)
    elif isinstance(k, ast.Fn):
        m.values[name] = Binding("fn", key, None, span, "function", name)
    elif isinstance(k, (ast.Const, ast.Static)):
        kind = "const" if isinstance(k, ast.Const) else "static"
        m.values[name] = Binding(kind, key, None, span, "constant" if kind == "const" else kind,
                                 name)


def missing(segs, i: int, span):
    """A path that leaves Ferrite's std at segment `i`: refused, naming the path."""
    path = "::".join(s.ident.name for s in segs[:i + 1])
    return unsupported(span, f"`{path}` of the standard library")
