"""A learner's trait named like one of the std traits Ferrite's Python code names by
their bare key (`trait Display`, `trait Iterator`, `trait Add`): two distinct traits,
as in rustc, where the learner's shadows nothing (neither is in the other's place:
`Display` is not even in the prelude) and each path means the one it resolves to.

std's traits and the learner's share the resolver's one key space of trait names
(resolve/traits.py), and those std traits cannot move to a path key the way
std_shadow.rekey moves others, because typeck, the formatting checks and the machine
name them (`"Display"`, `"Iterator"`). So the learner's trait moves instead: before the
module tree is built, its identifier and every path of the crate that names it get the
key `Name` + MARK, a character no identifier and no rustc message holds. Each phase
then sees two traits of two keys. What the learner reads never shows the mark: the
driver takes it out of every diagnostic's texts (`unmark`) before rendering.

Which paths name the learner's trait is decided as rustc's lookup would, by their
shape: a bare `Display` (or `Display::show`) in a module that does not import std's
`Display` by name, and a path through `crate`/`self`/`super`/the learner's modules
(`crate::shapes::Display`, `use super::Display`). Paths through `std`/`core`/`alloc` or
a std module (`fmt::Display`) keep naming std's trait.
"""

from __future__ import annotations

import re

from ..syntax import ast, visit

MARK = "\u2060"      # WORD JOINER: invisible, never part of an identifier

_STD_ROOTS = frozenset({"std", "core", "alloc"})
_LOCAL_ROOTS = frozenset({"crate", "self", "super"})


def rename(crate: ast.Crate, std) -> dict[str, str]:
    """Give each learner trait named like a pinned std trait its marked key, in the
    trait item and in the paths naming it. Returns {name: std's trait's path}."""
    from . import std_paths, std_shadow
    pinned = std_shadow.pinned_traits(std)
    names = {i.kind.ident.name for i in _all_items(crate.items)
             if isinstance(i.kind, ast.Trait) and i.kind.ident.name in pinned}
    if not names:
        return {}
    mods = {i.kind.ident.name for i in _all_items(crate.items) if isinstance(i.kind, ast.Mod)}
    _module(crate.items, names, mods | _LOCAL_ROOTS)
    paths = {key: full for full, key in list(std.aliases.items()) + list(std_paths.STD_TRAITS.items())
             if key in names and full.startswith("std::")}
    return {n: _SHOWN.get(paths.get(n), paths.get(n, n)) for n in names}


# (std's own module layout, where it differs from the path rustc prints)
_SHOWN = {"std::str_parse::FromStr": "std::str::FromStr"}


def _all_items(items):
    for item in items:
        yield item
        k = item.kind
        if isinstance(k, ast.Mod) and k.items is not None:
            yield from _all_items(k.items)


def _module(items: list, names: set, local: frozenset) -> None:
    # (a module that imports std's trait by its name means std's by the bare name)
    std_named = set()
    for item in items:
        if isinstance(item.kind, ast.Use):
            std_named |= _std_imports(item.kind.tree, [], names)
    bare = names - std_named
    for item in items:
        k = item.kind
        if isinstance(k, ast.Mod):
            if k.items is not None:
                _module(k.items, names, local)
            continue
        if isinstance(k, ast.Trait) and k.ident.name in names:
            k.ident.name += MARK
        if isinstance(k, ast.Use):
            _use_tree(k.tree, [], names, local)
            continue
        for n in visit.iter_nodes(item):
            if type(n) is ast.Path and not n.global_:
                _path(n.segments, names, bare, local)
            elif type(n) is ast.Item and isinstance(n.kind, ast.Trait) \
                    and n.kind.ident.name in names:
                n.kind.ident.name += MARK      # (a trait declared inside a body)


def _path(segs: list, names: set, bare: set, local: frozenset) -> None:
    first = segs[0].ident.name if segs else None
    if first in bare:
        segs[0].ident.name += MARK             # `Display`, `Display::show`
        return
    if first not in local:
        return                                 # std's (`fmt::Display`) or a type's
    for s in segs[1:]:
        if s.ident.name in names:
            s.ident.name += MARK               # `crate::Display`, `shapes::Display`
            return
        if s.ident.name not in local:
            return


def _use_tree(t: ast.UseTree, prefix: list, names: set, local: frozenset) -> None:
    segs = prefix + list(t.prefix.segments)
    if t.kind == "nested":
        for sub in t.nested:
            _use_tree(sub, segs, names, local)
        return
    if not segs or t.prefix.global_ or segs[0].ident.name not in local:
        return
    _path(segs, names, set(), local)


def _std_imports(t: ast.UseTree, prefix: list, names: set) -> set:
    """The names of `names` a `use` tree imports from std (`use std::fmt::Display;`)."""
    segs = prefix + [s.ident.name for s in t.prefix.segments]
    if t.kind == "nested":
        out = set()
        for sub in t.nested:
            out |= _std_imports(sub, segs, names)
        return out
    if t.kind == "simple" and segs and segs[0] in _STD_ROOTS and segs[-1] in names \
            and (t.rename is None or t.rename.name == segs[-1]):
        return {segs[-1]}
    return set()


def similar_trait_notes(diags: list, renamed: dict[str, str], res) -> None:
    """rustc's note on an unmet std trait the type implements the learner's namesake of:
    "`Badge` implements similarly named trait `Display`, but not `std::fmt::Display`"
    (after the bound's help and its notes, before the "required by" notes). Runs on
    unmarked texts."""
    tables = getattr(res, "traits", None)
    if not renamed or tables is None:
        return
    for d in diags:
        if d.code != "E0277":
            continue
        for name, full in renamed.items():
            m = next((re.fullmatch(rf"the trait `{re.escape(full)}` is not implemented for `(.+)`",
                                   c.message) for c in d.children if c.level == "help"), None)
            if m is None or not any(i.trait == name + MARK and i.ty_text == m.group(1)
                                    for i in tables.impls):
                continue
            at = next((i for i, c in enumerate(d.children) if c.message.startswith("required ")),
                      len(d.children))
            note = type(d)("note", f"`{m.group(1)}` implements similarly named trait `{name}`, "
                                   f"but not `{full}`")
            d.children.insert(at, note)


def unmark(diags: list, renamed: dict[str, str]) -> None:
    """Take the marks out of every text of the diagnostics (messages, labels,
    suggestions), so the learner's trait reads as they named it; std's trait of that
    name reads as its path then, as rustc writes a name two crates' items share
    (`std::ops::Add` beside the learner's `Add`)."""
    if not renamed:
        return
    subs = [(re.compile(rf"(?<![\w:]){re.escape(n)}(?![\w{MARK}])"), full)
            for n, full in renamed.items()]
    for d in diags:
        _unmark_one(d, subs)


def _unmark_one(d, subs: list) -> None:
    d.message = _clean(d.message, subs)
    for s in d.spans:
        if s.label:
            s.label = _clean(s.label, subs)
    for s in d.suggestions:
        s.replacement = _clean(s.replacement, subs)
    for p in d.external:
        p.label = _clean(p.label, subs)
    for c in d.children:
        _unmark_one(c, subs)


def _clean(text: str, subs: list) -> str:
    for pattern, full in subs:
        text = pattern.sub(full, text)
    return text.replace(MARK, "")
