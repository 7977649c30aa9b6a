"""A learner's item named like one of std's types or traits (`struct Filter`, `enum
Map`, `trait Scan`): two distinct items, as in rustc.

std's structs, enums and traits sit in the resolver's flat tables under their bare
names (toolchain/std/__init__.py), the same key space as the learner's crate-root
items. When the learner's crate takes one of those keys, std's item moves to its full
path (`std::iter::Filter`: its identity, the way a DefId names a crate and a path), and
every path inside std's source whose first segment names it is rewritten to that key,
so std's own `Filter<Self, P>` keeps meaning std's `Filter` while the learner's bare
`Filter` means theirs. Types display by their last segment (types.display), so
messages are unchanged.

Only the std items that mention a moved name are copied (once per process and set of
names); programs without such a clash pay nothing.
"""

from __future__ import annotations

import pickle

from ..std import PRELUDE, StdCrate
from ..syntax import ast, visit
from . import std_paths

# std items the toolchain's Python code names by their bare key (typeck, borrowck, the
# machine: "Vec", "Rc", "Iterator", operator traits...): moving one would detach that
# code from it, so these keep today's handling (a learner's trait of such a name takes
# another key: std_named_traits.py; a type: prelude.py refuses it, or the whole file is
# left out for rc.rs/cell.rs/collections).
PINNED = frozenset("""
AsMut AsRef Add AddAssign Arc BTreeMap BTreeSet BitAnd BitAndAssign BitOr BitOrAssign BitXor BitXorAssign
Box Cell Deref DerefMut Div DivAssign DoubleEndedIterator Drop Error ExactSizeIterator Extend FerriteStep
From FromIterator FromStr Hash HashMap HashSet Index Into IntoIterator Iterator Mul
MulAssign Mutex MutexGuard Neg Not Option Product RangeBounds Rc Ref RefCell RefMut Rem RemAssign Result Shl ShlAssign
Shr ShrAssign String Sub SubAssign Sum ToString Vec VecDeque Weak
TryFrom TryInto
Write Borrow ToOwned
""".split())


def pinned_traits(std: StdCrate) -> frozenset:
    """std's traits that cannot move (PINNED, and the prelude traits whose std impls
    typeck decides itself): a learner's trait of one of these names moves instead
    (std_named_traits.py)."""
    got = _trait_cache.get(id(std))
    if got is None or got[0] is not std:
        # (with the prelude traits typeck names by key, `Display`, `Clone`...: one key each)
        names = frozenset(k for i, k in std.items
                          if k in PINNED and isinstance(i.kind, ast.Trait)) \
            | frozenset(std_paths.STD_TRAITS.values())
        got = _trait_cache[id(std)] = (std, names)
    return got[1]


_trait_cache: dict = {}


def _movable(std: StdCrate) -> frozenset:
    """The keys `rekey` would move were the learner's crate to take them (once per
    StdCrate)."""
    got = _movable_cache.get(id(std))
    if got is None or got[0] is not std:
        names = frozenset(key for item, key in std.items
                          if key is not None and "::" not in key and key not in PRELUDE
                          and key not in PINNED
                          and isinstance(item.kind, (ast.Struct, ast.Enum, ast.Trait)))
        got = _movable_cache[id(std)] = (std, names)
    return got[1]


_movable_cache: dict = {}


def rekey(std: StdCrate, taken: set) -> StdCrate:
    """std with each of its bare-keyed items the learner's crate also defines moved to
    its full path (a new StdCrate, cached; `std` itself when nothing clashes)."""
    if _movable(std).isdisjoint(taken):
        return std        # (the usual case, without walking std's items)
    moved = {}
    for item, key in std.items:
        if key in taken and "::" not in key and key not in PRELUDE and key not in PINNED \
                and isinstance(item.kind, (ast.Struct, ast.Enum, ast.Trait)):
            moved[key] = None
    if not moved:
        return std
    for full, key in std.aliases.items():
        if key in moved:
            moved[key] = full
    moved = {k: v for k, v in moved.items() if v is not None}
    if not moved:
        return std
    cache_key = (id(std), frozenset(moved))
    got = _cache.get(cache_key)
    if got is not None and got[0] is std:
        return got[1]
    uses = _mentions(std)
    items = []
    for i, (item, key) in enumerate(std.items):
        if key in moved:
            key = moved[key]
        if uses[i] & moved.keys():
            item = pickle.loads(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
            _rewrite(item, moved)
        items.append((item, key))
    aliases = {full: moved.get(key, key) for full, key in std.aliases.items()}
    crate = StdCrate(items, std.sources, aliases, std.names, std.next_id)
    _cache[cache_key] = (std, crate)
    return crate


_cache: dict = {}
_mention_cache: dict = {}


def _paths(root):
    """Every ast.Path below an item (the syntax walks' traversal)."""
    return (n for n in visit.iter_nodes(root) if type(n) is ast.Path)


def _mentions(std: StdCrate) -> list[set]:
    """For each std item, the first segments of its paths (computed once per std)."""
    got = _mention_cache.get(id(std))
    if got is not None and got[0] is std:
        return got[1]
    out = [{p.segments[0].ident.name for p in _paths(item) if p.segments and not p.global_}
           for item, _ in std.items]
    _mention_cache[id(std)] = (std, out)
    return out


def _rewrite(item, moved: dict) -> None:
    for p in _paths(item):
        if p.segments and not p.global_:
            seg = p.segments[0]
            full = moved.get(seg.ident.name)
            if full is not None:
                seg.ident.name = full


def path_keyed(std: StdCrate, names: set) -> frozenset:
    """std's types keyed by their paths (`std::cmp::Ordering`, and those rekey moved)
    whose name the learner's crate also uses: rustc writes them whole then."""
    got = _path_keyed_cache.get(id(std))
    if got is None or got[0] is not std:
        by_name: dict = {}
        for item, key in std.items:
            if key and "::" in key and isinstance(item.kind, (ast.Struct, ast.Enum)):
                by_name.setdefault(key.rsplit("::", 1)[-1], set()).add(key)
        got = _path_keyed_cache[id(std)] = (std, by_name)
    return frozenset(k for n in names for k in got[1].get(n, ()))


_path_keyed_cache: dict = {}
