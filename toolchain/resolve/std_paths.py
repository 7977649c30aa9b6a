"""The std paths the toolchain resolves by table rather than through std's module
tree: `std::fmt` and its `Display`, `Debug`, `Formatter`, `Result`, the prelude's
`Default`, `Clone`, `Copy`, `PartialEq`, `Eq`, `PartialOrd`, `Ord`, and the paths of
std's source traits below. (The traits themselves are all declared by std source:
std/fmt.rs, std/clone.rs, std/default.rs, std/cmp.rs, std/marker.rs, ...)

A `use` is accepted only when every name it imports is one of these; any other `use`
stays refused as unsupported, so nothing resolves to a std item the later phases do
not model.
"""

from __future__ import annotations

from ..syntax import ast

FMT_ITEMS = ("Display", "Debug", "Formatter", "Result")
# Traits of Ferrite's std source (toolchain/std) by full path; only the prelude's are
# in scope without a `use` (`FromStr` needs `use std::str::FromStr;`).
SOURCE_TRAITS = {"std::str::FromStr": "FromStr", "std::convert::From": "From",
                 "std::convert::Into": "Into", "std::string::ToString": "ToString",
                 "std::iter::FromIterator": "FromIterator", "std::iter::Sum": "Sum",
                 "std::iter::Product": "Product", "std::iter::Extend": "Extend",
                 "std::error::Error": "Error", "std::ops::RangeBounds": "RangeBounds",
                 "std::convert::AsRef": "AsRef", "std::convert::AsMut": "AsMut",
                 "std::convert::TryFrom": "TryFrom", "std::convert::TryInto": "TryInto",
                 "std::fmt::Write": "Write", "std::borrow::Borrow": "Borrow",
                 "std::borrow::ToOwned": "ToOwned"}
SOURCE_PRELUDE = {"Iterator", "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator",
                  "Extend", "FromIterator", "From", "Into", "ToString", "Drop", "AsRef", "AsMut",
                  "TryFrom", "TryInto"}     # (the 2021 prelude's: editions 2021 and 2024 only)
ALLOWED = {"std::fmt"} | {f"std::fmt::{n}" for n in FMT_ITEMS} | set(SOURCE_TRAITS) \
    | {"std::ops::Deref", "std::ops::DerefMut", "std::ops::Drop"}     # (std/ops.rs)
# The prelude traits Python code names by their bare key (typeck/bounds.implements
# decides std's impls of them), by full path; declared in std source, each keeps this
# path on its TraitDef (resolve/traits.py).
STD_TRAITS = {"std::fmt::Display": "Display", "std::fmt::Debug": "Debug",
              "std::default::Default": "Default", "std::clone::Clone": "Clone",
              "std::cmp::PartialEq": "PartialEq", "std::marker::Copy": "Copy",
              "std::cmp::Eq": "Eq", "std::cmp::PartialOrd": "PartialOrd",
              "std::cmp::Ord": "Ord"}
# Their provided methods std source does not declare yet (std/cmp.rs, std/clone.rs):
# an impl overriding one is refused, not reported as E0407.
UNDECLARED_PROVIDED = {"PartialEq": ("ne",), "PartialOrd": ("lt", "le", "gt", "ge"),
                       "Ord": ("max", "min", "clamp"), "Clone": ("clone_from",)}
STD_PATHS = {name: path for path, name in STD_TRAITS.items()}
PRELUDE_TRAITS = {"Default": "std::default::Default", "Clone": "std::clone::Clone",
                  "PartialEq": "std::cmp::PartialEq", "Copy": "std::marker::Copy",
                  "Eq": "std::cmp::Eq", "PartialOrd": "std::cmp::PartialOrd",
                  "Ord": "std::cmp::Ord"}
# Of those, the ones Ferrite models only as bounds (`T: Copy`, `K: Eq`): a hand-written
# impl is still refused (derives cover them); `Hasher` (std/hash.rs): the machine hashes
# keys itself, so no learner's hasher could be fed.
BOUND_ONLY = {"Copy", "Hasher"}   # (`impl Eq`: a marker; `impl PartialOrd`/`impl Ord`: typeck/user_ord.py)


def use_bindings(tree: ast.UseTree, prefix: tuple[str, ...] = ()) -> dict[str, str] | None:
    """The names a `use` brings into scope (local name -> std path), or None when it
    imports anything the toolchain does not model."""
    segs = prefix + tuple(s.ident.name for s in tree.prefix.segments)
    if tree.kind == "glob":
        return None
    if tree.kind == "nested":
        out: dict[str, str] = {}
        for sub in tree.nested:
            got = use_bindings(sub, segs)
            if got is None:
                return None
            out.update(got)
        return out
    if segs and segs[-1] == "self":         # `use std::fmt::{self}`
        segs = segs[:-1]
    path = "::".join(segs)
    if path not in ALLOWED:
        return None
    name = tree.rename.name if tree.rename is not None else segs[-1]
    if name == "_":
        return None
    return {name: path}


def is_builtin_prefix(names: list[str]) -> bool:
    """`std::fmt...` and the other paths above: resolved here, not by std's module tree
    (resolve/std_modules.py), until these items are std source too."""
    if names and names[0] == "core":
        names = ["std"] + names[1:]
    path = "::".join(names)
    if path in SOURCE_FMT:
        return False
    return any(p == path or p.startswith(path + "::") or path.startswith(p + "::")
               for p in _BUILTIN)


# The items of `std::fmt` that are std source (std/fmt.rs): std's module tree has them.
SOURCE_FMT = frozenset({"std::fmt::Error"})


_BUILTIN = frozenset(ALLOWED) | frozenset(STD_TRAITS)   # (is_builtin_prefix, per path)


def full_path(names: list[str], uses: dict[str, str]) -> str | None:
    """A path written in the program as the std path it names, if it names one the
    toolchain models (`fmt::Display` after `use std::fmt;` -> `std::fmt::Display`)."""
    if not names:
        return None
    head = uses.get(names[0])
    if head is not None:
        path = "::".join([head] + names[1:])
    elif names[0] == "std":
        path = "::".join(names)
    elif len(names) == 1 and names[0] in PRELUDE_TRAITS:
        path = PRELUDE_TRAITS[names[0]]
    else:
        return None
    return path if path in ALLOWED or path in STD_TRAITS else None

# Names of std traits (prelude or commonly imported) the toolchain does not model yet:
# implementing one is refused as unsupported, never reported as an unknown trait.
OTHER_STD_TRAITS = {
    "Copy", "Send", "Sized", "Sync", "Unpin", "Drop", "Fn", "FnMut", "FnOnce", "AsMut",
    "AsRef", "From", "Into", "DoubleEndedIterator", "ExactSizeIterator", "Extend",
    "IntoIterator", "Iterator", "Eq", "Ord", "PartialOrd", "ToOwned", "ToString", "TryFrom",
    "TryInto", "FromIterator", "Hash", "IndexMut", "Deref",
    "DerefMut", "FromStr", "Error", "Display", "Debug", "Borrow", "Write", "Read", "Sum",
    "Product",
}
