"""std's function signatures, resolved once per process and replayed.

Every check resolves the signatures of the few hundred std functions it can name
(their bodies wait until reached: `_Resolver.std_body`). What a signature resolves to
depends only on std, whose AST (and so whose NodeIds) is shared by every check of the
process (toolchain/std `load`), as long as the learner's crate declares no type, trait,
module, alias or import under a name that std's paths use: such a name could take a
std path over (`struct Vec`, `trait Display`, `mod fmt`). So the first resolution of a
std signature records what it wrote into the resolver's side tables (all of it under
std's own NodeIds), and every later check whose crate is clear of std's names writes the
same entries back instead of resolving again. This is a slice of rustc's model, where
std is a compiled crate whose signatures are read, not re-resolved, by each program.

`FERRITE_CHECK_STD_SIGS=1` resolves every signature anyway and compares it with the
replay (tests/toolchain/test_std_sigs.py).
"""

from __future__ import annotations

import os
from itertools import islice

from ..syntax import ast
from ..syntax.visit import iter_nodes

# The side tables a signature writes, each keyed by std NodeIds. (`values` and
# `param_lens`: the `N` of `[T; N]`; `dyn_autos`: `dyn Error + Send + Sync`.)
TABLES = ("types", "locals", "fn_generics", "fn_bound_sigs", "trait_ref_args", "values",
          "param_lens", "dyn_autos")
# The resolver's per-function scratch state, which a signature also touches.
_SCRATCH = frozenset({"scopes", "fn_bindings", "lazy_bodies", "impl_sites", "lifetime_sites"})
# std fn item id -> (None, [(table, [(key, value)])]), or (None, None) when the signature
# writes elsewhere too (a trait's tables), so it is resolved every time.
_RECORDED: dict[int, tuple | None] = {}
_IMPLS: dict[int, tuple] = {}     # std trait impl item id -> (TraitImpl, entries)
_STD_NAMES: frozenset | None = None
_STD_ROOTS = frozenset({"std", "core", "alloc"})


def verify_mode() -> bool:
    return os.environ.get("FERRITE_CHECK_STD_SIGS") == "1"


def std_names(std) -> frozenset:
    """Every name std's paths use (once per process)."""
    global _STD_NAMES
    if _STD_NAMES is None:
        names = set()
        for item, _ in (std.items if std is not None else []):
            for n in iter_nodes(item):
                if type(n) is ast.PathSegment:
                    names.add(n.ident.name)
        _STD_NAMES = frozenset(names)
    return _STD_NAMES


def crate_is_clear(crate: ast.Crate, std) -> bool:
    """Does the learner's crate leave every name of std's paths to std? (Only its
    module-level items count: a block's items are out of scope again before std's
    signatures are resolved.)"""
    taken = std_names(std)
    stack = list(crate.items)
    while stack:
        item = stack.pop()
        k = item.kind
        t = type(k)
        if t is ast.Use:
            if _use_takes(k.tree, taken):
                return False
        elif t in _TYPE_NS and k.ident.name in taken:
            return False
        if t is ast.Mod and k.items:
            stack.extend(k.items)
    return True


_TYPE_NS = frozenset({ast.Struct, ast.Enum, ast.Trait, ast.TyAlias, ast.Mod})


def _use_takes(tree: ast.UseTree, taken: frozenset, root: str | None = None) -> bool:
    """A `use` that brings a name of std's paths in as something else than std's item
    of that name (`use crate::shapes::Iter`, `use std::fmt::Result as Map`)."""
    segs = tree.prefix.segments
    if root is None and segs:
        root = segs[0].ident.name
    if tree.kind == "nested":         # `use std::{fmt, cmp::Ordering}`
        return any(_use_takes(t, taken, root) for t in tree.nested)
    if tree.kind != "simple" or not segs:
        return False          # a glob: it shadows nothing a std path names
    name = tree.rename.name if tree.rename is not None else segs[-1].ident.name
    if name not in taken:
        return False
    return tree.rename is not None or root not in _STD_ROOTS


def recorded(item: ast.Item) -> bool:
    return item.id in _RECORDED


def replay(r, item: ast.Item) -> bool:
    """Write `item`'s recorded signature back into the tables; False if there is none."""
    got = _RECORDED.get(item.id)
    if got is None or got[1] is None:
        return False
    _write(r, got[1])
    return True


def replayable(item: ast.Item) -> list | None:
    """`item`'s recorded entries, for `write` (None: none recorded, or not replayable)."""
    got = _RECORDED.get(item.id)
    return None if got is None else got[1]


def resolve_recording(r, item: ast.Item) -> None:
    """Resolve `item`'s signature (`r.fn`), recording what it wrote for `replay`."""
    if item.id in r.res.fn_generics:      # resolved before in this check: nothing new
        r.fn(item, with_body=False)
        return
    _RECORDED[item.id] = _run(r, lambda: r.fn(item, with_body=False))


def check_replay(r, item: ast.Item) -> None:
    """Verify mode: resolve `item`'s signature again; what it writes must be what the
    recording holds."""
    if item.id in r.res.fn_generics:      # resolved before in this check (materialised)
        r.fn(item, with_body=False)
        return
    fresh = _run(r, lambda: r.fn(item, with_body=False))[1]
    if not _agrees(fresh, _RECORDED[item.id][1]):
        raise AssertionError(f"std signature replay differs for `{item.ident.name}` "
                             f"(item {item.id}, "
                             f"{_first_difference(fresh, _RECORDED[item.id][1])})")


def trait_impl(r, item: ast.Item, make):
    """std's trait impl `item` as `make()` declares it (resolve/traits.py `_impl`): the
    TraitImpl (never changed once made, so every check may share it) and the entries it
    wrote, recorded once and replayed like signatures."""
    return _memo(r, _IMPLS, item.id, make, "trait impl")


def trait_sig(r, item: ast.Item, make) -> None:
    """A std trait's required method `item`, its signature resolved by `make()`
    (resolve/traits.py `_resolve_sig`): recorded once and replayed like signatures."""
    _memo(r, _TRAIT_SIGS, (r.std_part, item.id), lambda: make() or True,
          "trait method signature")


# (These are keyed by the part of std the program sees too, `_Resolver.std_part`: a
# field or signature may name an item of a file another program leaves out.)
_TRAIT_SIGS: dict[tuple, tuple] = {}   # (part, std trait's required method id) -> (True, entries)


def inherent_generics(r, item: ast.Item, make):
    """std's inherent impl `item`: its type parameters and self type as `make()`
    resolves them (`_Resolver.impl_generics`), the GenericsInfo shared by every check
    (nothing changes it once made) and the entries replayed like signatures."""
    return _memo(r, _INHERENT, (r.std_part, item.id), make, "impl header")


def adt_fields(r, adt, make) -> None:
    """The field types of std's struct or enum `adt`, resolved by `make()`: recorded
    once and replayed like signatures (keyed by its key and span: two ADTs one macro
    stamps share a span, and may share a field's type node too)."""
    _memo(r, _FIELDS, (r.std_part, adt.name, adt.span.lo), lambda: make() or True,
          "field types")


_INHERENT: dict[tuple, tuple] = {}     # (part, std inherent impl item id) -> (GenericsInfo, entries)
_FIELDS: dict[tuple, tuple] = {}       # (part, std ADT's key, span start) -> (True, entries)


def _memo(r, store: dict, key, make, what: str):
    """`make()`'s value, its table entries replayed from `store` when recorded."""
    if not r.std_sigs_ok or type(key) is tuple and key[0] is None:   # (no shared part)
        return make()
    got = store.get(key)
    if got is not None and r.std_verify:
        fresh = _run(r, make)[1]
        if not _agrees(fresh, got[1]):
            raise AssertionError(f"std {what} replay differs (item {key}, "
                                 f"{_first_difference(fresh, got[1])})")
        return got[0]
    if got is not None:
        _write(r, got[1])
        return got[0]
    if not r.std_record_ok:
        return make()
    value, entries = _run(r, make)
    if entries is not None and value is not None:
        store[key] = (value, entries)
    return value


def _write(r, entries: list) -> None:
    write(r.res, entries)


def write(res, entries: list) -> None:
    """Write recorded entries ([(table, {key: value})]) into the tables of `res`."""
    for table, items in entries:
        getattr(res, table).update(items)


def _run(r, make) -> tuple:
    """`make()`'s value and the entries it added to each table (None when it changed
    other state too: it cannot be replayed then)."""
    res = r.res
    before = _shape(r)
    sizes = {t: len(getattr(res, t)) for t in TABLES}
    value = make()
    after = _shape(r)
    changed = {k for k in after if before.get(k) != after[k]}
    allowed = {"res." + t for t in TABLES} | {"r." + s for s in _SCRATCH}
    if not changed <= allowed:
        return value, None
    out = []
    for t in TABLES:
        table = getattr(res, t)
        n = len(table) - sizes[t]
        if n:
            # (dicts keep insertion order: the item's entries are the last `n`, all
            # under std's NodeIds, which nothing before it wrote)
            out.append((t, dict(list(islice(reversed(table.items()), n))[::-1])))
    return value, out


def _agrees(fresh, recorded) -> bool:
    """Verify mode: the same entries, in the same order."""
    return _ordered(fresh) == _ordered(recorded)


def _ordered(entries):
    return None if entries is None else [(t, list(d.items())) for t, d in entries]


def _first_difference(fresh, recorded) -> str:
    """(for the verify mode's message)"""
    fresh, recorded = dict(fresh or []), dict(recorded or [])
    for t in sorted(set(fresh) | set(recorded)):
        a, b = dict(fresh.get(t, [])), dict(recorded.get(t, []))
        for k in sorted(set(a) | set(b), key=str):
            if a.get(k) != b.get(k):
                return f"{t}[{k}]: now {a.get(k)!r}, recorded {b.get(k)!r}"
    return "same entries"


def _shape(r) -> dict:
    out = {}
    for prefix, obj in (("res.", r.res), ("traits.", r.res.traits), ("r.", r)):
        for k, v in vars(obj).items():
            if isinstance(v, (dict, list, set)):
                out[prefix + k] = (len(v), id(v))
    return out
