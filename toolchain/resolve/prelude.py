"""std's items in the learner's scope: the prelude's names.

std's items (toolchain/std) sit in the resolver's tables beside the learner's, keyed
as toolchain/std/__init__.py explains. A name the learner's code does not define
itself falls back to the prelude (rustc's lookup ends with the prelude too). Paths
(`std::mem::swap`, `use std::mem;`) go through std's module tree (std_modules.py).
"""

from __future__ import annotations

import re

from ..std import PRELUDE, StdCrate, is_std_span
from ..syntax import ast
from ..unsupported import unsupported
from . import std_modules, std_shadow


def merge_items(r, std: StdCrate | None) -> list:
    """std's (item, key) pairs for the resolver's tables. A learner's crate-root item
    named like a prelude type (its own `Option`) would shadow std's in rustc; Ferrite's
    tables have one namespace for both crates yet, so that item is refused."""
    if std is None:
        return []
    taken = {key for item, key in r.mods.flat if key is not None
             and not isinstance(item.kind, ast.TyAlias)}   # (aliases: their own table)
    # (The prelude's function `drop` is keyed by its path: the learner's own `drop` is
    # another item, which shadows it as in rustc.)
    shadowing = {k for k, v in PRELUDE.items() if v[0] != "fn"}
    # (A type alias is another table, looked up first in the learner's own types:
    # `type Result<T> = std::result::Result<T, MyError>;` shadows as in rustc.)
    shadowing = {k for k in shadowing if not any(key == k and isinstance(item.kind, ast.TyAlias)
                                                 for item, key in r.mods.flat)}
    for item, key in r.mods.flat:
        if key in shadowing:
            r.diags.append(unsupported(item.ident.span, f"an item named like the prelude's `{key}`"))
    r.mods.flat = [(i, k) for i, k in r.mods.flat if k not in shadowing]
    taken = {key for item, key in r.mods.flat if key is not None}
    # (std's own items of a name the learner also uses move to their full path first)
    std = std_shadow.rekey(std, taken)
    # (a name both crates use is written whole: std's type, and a module's type of the
    # learner's, `mine::Ordering`)
    from ..types import set_shadowed_std
    shared = std_shadow.path_keyed(std, {k.rsplit("::", 1)[-1] for k in taken})
    names = {k.rsplit("::", 1)[-1] for k in shared}
    set_shadowed_std(shared | {k for k in taken if "::" in k and k.rsplit("::", 1)[-1] in names})
    from .alias_names import publish
    publish(r)      # `type Result<T> = ..;`: std's `Result` is written whole then
    items, part = _unshadowed(std, taken, _unreachable(r.mods.source_text))
    r.mods.std_root = std_modules.root(part)
    _module_prelude(r)
    if _keys_of(items).isdisjoint(taken):
        # (the cached list itself when nothing is left out: resolve/std_items_memo.py
        # sorts its items once per list)
        return items
    return [(i, k) for i, k in items if k is None or k not in taken or k in PRELUDE]


def _keys_of(items: list) -> frozenset:
    """The keys of std's `items` a learner's item of the same key leaves out (once
    per list: _unshadowed caches the lists)."""
    got = _keys_cache.get(id(items))
    if got is None or got[0] is not items:
        keys = frozenset(k for _, k in items if k is not None and k not in PRELUDE)
        got = _keys_cache[id(items)] = (items, keys)
    return got[1]


_keys_cache: dict = {}


def shared_list(items: list) -> bool:
    """Is `items` one of the lists of std's items kept for the whole process (what
    merge_items returns when it leaves nothing out)? Memos may then key by its id."""
    got = _keys_cache.get(id(items))
    return got is not None and got[0] is items


# std files whose types are keyed by their bare names like the learner's (`Cell`, `Rc`):
# a learner's crate-root type of one of those names would take over the file's own
# impls, so the whole file stays out of that program (it is then not importable).
_WHOLE_FILES = ("rc.rs", "cell.rs", "collections.rs", "hash.rs", "thread.rs", "sync.rs",
                "collections/binary_heap.rs")


# std files a program reaches only by naming one of their items: left out of the tables
# of a program whose text names none (resolving and collecting their signatures would
# cost every check: bench/bench_toolchain.py).
_NAMED_FILES = ("hash.rs", "collections.rs", "collections/hash_map.rs", "collections/hash_set.rs",
                "collections/btree_map.rs", "collections/btree_set.rs",
                "collections/vec_deque.rs", "thread.rs", "sync.rs", "collections/binary_heap.rs")
_NAMES = rb"HashMap|HashSet|BTreeMap|BTreeSet|VecDeque|collections|Hash\b|thread|sync"
# Smaller groups, each left out on its own: (files, the names that reach them). (`Cow`
# is also what `String::from_utf8_lossy` returns; `x.to_owned()` of a type other than
# `str` is std's blanket `ToOwned` impl.)
_GROUPS = ((_NAMED_FILES, _NAMES),
           (("str_utf8.rs", "string_utf8.rs"), rb"utf8"),
           (("borrow.rs",), rb"Cow|Borrow|ToOwned|to_owned|borrow::|utf8"))
_COMPILED = tuple((files, re.compile(names), re.compile(names.decode()))
                  for files, names in _GROUPS)


def _unreachable(text) -> tuple:
    if text is None:
        return ()
    out: tuple = ()
    for files, as_bytes, as_str in _COMPILED:
        if not (as_bytes if isinstance(text, bytes) else as_str).search(text):
            out += files
    return out


def _file_range(std: StdCrate, name: str):
    base, src = std.sources[name]
    return base, base + len(src.data)


def _unshadowed(std: StdCrate, taken: set, unreachable: tuple = ()) -> tuple:
    spans = []
    for name in _WHOLE_FILES:
        got = std.sources.get(name)
        if got is not None:
            base, src = got
            spans.append((base, base + len(src.data)))
    hit = [(lo, hi) for lo, hi in spans if not _keys_in(std, lo, hi).isdisjoint(taken)]
    hit += [_file_range(std, name) for name in unreachable if name in std.sources]
    if not hit:
        return std.items, std
    # (the part of std a program sees, and its module tree, made once per set of files
    # left out: std_modules.root caches a tree per StdCrate object)
    key = (id(std), tuple(hit))
    got = _parts.get(key)
    if got is None or got[0] is not std:
        items = [(i, k) for i, k in std.items if not any(lo <= i.span.lo < hi for lo, hi in hit)]
        got = _parts[key] = (std, items, StdCrate(items, std.sources, std.aliases, std.names,
                                                  std.next_id))
    return got[1], got[2]


_parts: dict = {}


def _keys_in(std: StdCrate, lo: int, hi: int) -> frozenset:
    """The keys of std's items in a file's range (once per StdCrate and file)."""
    got = _range_keys.get((id(std), lo))
    if got is None or got[0] is not std:
        keys = frozenset(k for i, k in std.items if k is not None and lo <= i.span.lo < hi)
        got = _range_keys[(id(std), lo)] = (std, keys)
    return got[1]


_range_keys: dict = {}


def _module_prelude(r) -> None:
    """The prelude's names as bindings of the module tree's lookups (modules.py)."""
    from .modules import Binding
    for name, (kind, target) in PRELUDE.items():
        if kind == "fn":       # `drop`, std::mem's
            r.mods.prelude[(name, "values")] = Binding("fn", target, None, None, "function", name)
        elif kind == "adt":
            noun = "enum" if name in ("Option", "Result") else "struct"
            r.mods.prelude[(name, "types")] = Binding("adt", target, None, None, noun, name)
        else:
            r.mods.prelude[(name, "values")] = Binding("variant", target, None, None, "variant",
                                                       name)


def value(r, e: ast.Expr, name: str, callee: bool) -> bool:
    """A single-segment value path naming a prelude variant (`Some`, `None`, `Ok`,
    `Err`), once locals and the crate's own items did not."""
    from .resolver import Res
    got = PRELUDE.get(name)
    if got is not None and got[0] == "fn" and got[1] in r.res.fns:
        r.res.values[e.id] = Res("fn", got[1])
        return True
    if got is None or got[0] != "variant" or got[1][0] not in r.res.adts:
        return False
    enum, i = got[1]
    v = r.res.adts[enum].variants[i]
    if v.kind == "unit":
        r.res.values[e.id] = Res("variant", (enum, i))
    elif callee:
        r.res.values[e.id] = Res("variant_ctor", (enum, i))
    elif v.kind == "tuple":            # `.map(Some)` (resolve/ctor_values.py)
        from .ctor_values import value
        value(r, e, "variant_ctor", (enum, i))
    else:
        r.diags.append(unsupported(e.span, "enum variants used as values"))
        r.res.values[e.id] = Res("err")
    return True


def variant(r, name: str) -> tuple[str, int] | None:
    """The prelude variant a struct or tuple-struct pattern path names (`Some(x)`)."""
    got = PRELUDE.get(name)
    if got is None or got[0] != "variant" or got[1][0] not in r.res.adts:
        return None
    return got[1]


def unit_path_pat(r, p: ast.Pat, k: ast.PatIdent) -> bool:
    """`None` as a pattern is the unit variant, and `Marker` the learner's unit struct,
    not a new binding: rustc resolves an identifier pattern to a unit variant, unit
    struct or constant in scope first. The pattern becomes the path pattern it stands
    for, so the later phases see one form."""
    if k.by_ref or k.mutable or k.sub is not None:
        return False
    got = variant(r, k.ident.name)
    if (got is None or r.res.adts[got[0]].variants[got[1]].kind != "unit") \
            and not _unit_struct(r, k.ident.name):
        return False
    if any(k.ident.name in scope for scope in r.scopes):
        return False
    as_path_pat(p, k.ident)
    return True


def as_path_pat(p: ast.Pat, ident: ast.Ident) -> None:
    """Make identifier pattern `p` the one-segment path pattern `ident` stands for."""
    p.kind = ast.PatPath(None, ast.Path([ast.PathSegment(ident, None, p.id)], ident.span))


def _unit_struct(r, name: str) -> bool:
    """The learner's unit struct `name` (`let Marker = m;` matches it, binds nothing)."""
    adt = r.res.adts.get(name)
    return adt is not None and adt.kind == "unit" and "::" not in name \
        and not is_std_span(adt.span)


def is_std_item(item) -> bool:
    return is_std_span(item.span)
