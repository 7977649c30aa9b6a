"""A std type named without being imported (`HashMap::new()` with no `use
std::collections::HashMap;`): rustc's E0433 "cannot find type `HashMap` in this
scope" for a path through it, E0425 for the type itself, each with the help that
inserts the `use` line.

std's types sit in the resolver's flat tables under their bare names (toolchain/std),
so without this check a bare `HashMap` would find std's even though only the prelude's
names (`Vec`, `Option`, ...) are in scope without a `use`. A `use` of the type binds it
in the module tree (std_modules.py), whose lookups come first.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import PRELUDE, is_std_span
from ..syntax import ast


def _std_path(r, name: str, ident: ast.Ident) -> str | None:
    """std's path for `name` when it names a std type the learner's code cannot see."""
    if name in PRELUDE or is_std_span(ident.span) or r.ty_params.index(name) is not None:
        return None
    key = name if name in r.res.adts else _FULL_KEYS.get(name, name)
    adt = r.res.adts.get(key)
    if adt is None or not is_std_span(adt.span):
        return None
    if r.mods.active and r.mods.lookup(r.cur_mod or r.mods.root, name, "types") is not None:
        return None
    from ..std import load
    paths = [p for p, k in load().aliases.items() if k == key]
    return paths[0] if len(paths) == 1 else None


def unimported_ty(r, t: ast.Ty, ident: ast.Ident) -> bool:
    """`let m: HashMap<i32, i32>`: E0425 with the import help; True when reported."""
    path = _std_path(r, ident.name, ident)
    if path is None:
        return False
    d = Diagnostic.error(f"cannot find type `{ident.name}` in this scope", ident.span,
                         "not found in this scope", code="E0425")
    _help(r, d, path)
    r.diags.append(d)
    return True


def unimported_path(r, ident: ast.Ident) -> bool:
    """`HashMap::new()`: E0433 with the import help; True when reported."""
    path = _std_path(r, ident.name, ident)
    if path is None:
        return False
    d = Diagnostic.error(f"cannot find type `{ident.name}` in this scope", ident.span,
                         f"use of undeclared type `{ident.name}`", code="E0433")
    _help(r, d, path)
    r.diags.append(d)
    return True


def use_site(r) -> int | None:
    """Where rustc's `UsePlacementFinder` puts a new `use`: before the module's first
    `use`, else its first item (with its attributes); None in an empty module."""
    m = r.cur_mod or r.mods.root
    items = [i for i in m.items if not is_std_span(i.span)]
    if not items:
        return None
    uses = [i for i in items if isinstance(i.kind, ast.Use)]
    first = (uses or items)[0]
    return min([first.span.lo] + [a.span.lo for a in first.attrs])


def _help(r, d: Diagnostic, path: str) -> None:
    """rustc's "consider importing" help for a std type named without its `use`."""
    at = use_site(r)
    if at is None:
        return
    # rustc lists every std item of that name (`Ordering` is also an atomic ordering).
    paths = [path] + list(_ALSO.get(path, ()))
    kind = "enum" if path in _ENUMS else "struct"
    what = f"this {kind}" if len(paths) == 1 else f"one of these {kind}s"
    d.help(f"consider importing {what}",
           suggestions=[Suggestion(Span(at, at), f"use {p};\n", "MaybeIncorrect", "ShowAlways")
                        for p in paths])


def module_help(r, d: Diagnostic, name: str) -> None:
    """A module of std named without its `use` (`mpsc::channel()`): rustc's help that
    imports it, when Ferrite's std has exactly one module of that name."""
    from ..std import MODULE_PATHS
    paths = [p for p in MODULE_PATHS if p.rsplit("::", 1)[-1] == name]
    at = use_site(r)
    if len(paths) != 1 or at is None:
        return
    d.help("consider importing this module",
           suggestions=[Suggestion(Span(at, at), f"use {paths[0]};\n", "MaybeIncorrect",
                                   "ShowAlways")])


# rustc's other candidates of the same name, and which of std's types are enums.
_ALSO = {"std::cmp::Ordering": ("std::sync::atomic::Ordering",)}
_ENUMS = {"std::cmp::Ordering"}
# std types keyed by their full path (`#[ferrite::full_path]`), by their bare name.
_FULL_KEYS = {"Ordering": "std::cmp::Ordering"}
