"""std's maps and sets (toolchain/std/collections*.rs) as the machine holds them.

A `MapValue` keeps its entries as two-element lists `[key, value]` in one list (a
set's values are `()`), and finds them through a dict keyed by each key's frozen
value (`freeze`: lists become tuples, pointers their referent), so `get` returns a
pointer into the entry and `values_mut` writes there. A `HashMap` keeps insertion
order (rustc's order is random per process: a program that depends on it is wrong
either way); a `BTreeMap` (`ordered`) keeps its entries sorted by key, comparing the
values the way derived `Ord` does (Python's order of ints, strings, tuples and lists).

An iterator over a map is `[pointer to the map, position]` (by value: `[map, position]`);
an `Entry` is `[pointer to the map, key]`.
"""

from __future__ import annotations

from bisect import bisect_left

from .map_keys import keyer
from .pointer import Pointer

NONE = [0]


def freeze(v):
    """A hashable stand-in for a key: equal keys give equal results."""
    t = type(v)
    if t is list or t is tuple:
        return tuple(freeze(x) for x in v)
    if isinstance(v, Pointer):
        return freeze(v.load())
    if t is MapValue:
        return tuple((freeze(k), freeze(x)) for k, x in v.entries)
    return v


class MapValue:
    __slots__ = ("entries", "index", "ordered", "keyer")

    def __init__(self, ordered: bool = False, keyer=None):
        self.entries: list = []
        self.index: dict = {}
        self.ordered = ordered
        # (keys compared by the learner's code: found through it, not `index`;
        # interp/map_keys.py)
        self.keyer = keyer

    def find(self, key):
        if self.keyer is not None:
            return self.keyer.find(self.entries, key)
        return self.index.get(freeze(key))

    def add(self, key, value) -> list:
        if self.keyer is not None:
            entry = [key, value]
            self.entries.insert(self.keyer.position(self.entries, key)[0], entry)
            return entry
        fk = freeze(key)
        entry = [key, value]
        self.index[fk] = entry
        if self.ordered:
            keys = [freeze(e[0]) for e in self.entries]
            self.entries.insert(bisect_left(keys, fk), entry)
        else:
            self.entries.append(entry)
        return entry

    def pop(self, key):
        if self.keyer is not None:
            entry = self.keyer.find(self.entries, key)
        else:
            entry = self.index.pop(freeze(key), None)
        if entry is not None:
            for i, e in enumerate(self.entries):
                if e is entry:
                    del self.entries[i]
                    break
        return entry

    def clone(self) -> "MapValue":
        from .machine import _deep_copy
        m = MapValue(self.ordered, self.keyer)
        for k, v in self.entries:
            k, v = _deep_copy([k, v])
            entry = [k, v]
            if self.keyer is None:
                m.index[freeze(k)] = entry
            m.entries.append(entry)
        return m

    def __eq__(self, other):
        # `PartialEq` for maps: the same keys with equal values, whatever the order.
        if not isinstance(other, MapValue) or len(self.entries) != len(other.entries):
            return False
        if self.keyer is not None:
            for k, v in self.entries:
                got = other.find(k)
                if got is None or got[1] != v:
                    return False
            return True
        for fk, entry in self.index.items():
            got = other.index.get(fk)
            if got is None or got[1] != entry[1]:
                return False
        return True

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        # (BTreeSet's `Ord`: its keys in order, lexicographically)
        return [e[0] for e in self.entries] < [e[0] for e in other.entries]

    __hash__ = None


def _some(v) -> list:
    return [1, v]


# -- maps ------------------------------------------------------------------------------

def map_new(m, ty=None):
    return MapValue(False, keyer(m, ty))


def btree_new(m, ty=None):
    return MapValue(True, keyer(m, ty))


def _drop(m, value, ty) -> None:
    """Drop a value the shim was given and does not keep (its type: `ty`)."""
    from .drops import drop_value
    drop_value(m, Pointer([value], 0), ty)


def _key_value_types(ty):
    """(K, V) of `&mut HashMap<K, V>` / `&mut HashSet<K>` / `Entry<K, V>`."""
    inner = ty.args[0] if ty.kind == "ref" else ty
    return inner.args[0], inner.args[1] if len(inner.args) > 1 else None


def map_insert(m, p, k, v, ty=None):
    mv = p.load()
    entry = mv.find(k)
    if entry is None:
        mv.add(k, v)
        return NONE
    old = entry[1]
    entry[1] = v            # (the map keeps its old key, as std's does: the new one drops)
    if ty is not None:
        _drop(m, k, _key_value_types(ty)[0])
    return _some(old)


def map_get(m, p, k):
    entry = p.load().find(k)
    return NONE if entry is None else _some(Pointer(entry, 1))


def map_get_key_value(m, p, k):
    entry = p.load().find(k)
    return NONE if entry is None else _some([Pointer(entry, 0), Pointer(entry, 1)])


def map_contains_key(m, p, k):
    return p.load().find(k) is not None


def map_remove(m, p, k):
    entry = p.load().pop(k)
    return NONE if entry is None else _some(entry[1])


def map_remove_entry(m, p, k):
    entry = p.load().pop(k)
    return NONE if entry is None else _some([entry[0], entry[1]])


def map_len(m, p):
    return len(p.load().entries)


def map_clear(m, p, ty=None):
    mv = p.load()
    entries = mv.entries
    mv.entries, mv.index = [], {}
    if ty is not None and entries:       # what the map held is dropped, in order
        from .drops import drop_value
        from ..types import Ty
        inner = ty.args[0] if ty.kind == "ref" else ty
        pair = Ty("tuple", args=tuple(inner.args)) if len(inner.args) == 2 \
            else Ty("tuple", args=(inner.args[0], Ty("tuple")))
        for e in entries:
            drop_value(m, Pointer([e], 0), pair)
    return ()


#  `map[&k]` (`Index`): std's panic message when the key is missing.
def map_index(m, p, k):
    entry = p.load().find(k)
    if entry is None:
        from .machine import Panic
        raise Panic("no entry found for key", None)
    return Pointer(entry, 1)


def map_first(m, p):
    mv = p.load()
    if not mv.entries:
        return NONE
    e = mv.entries[0]
    return _some([Pointer(e, 0), Pointer(e, 1)])


def map_last(m, p):
    mv = p.load()
    if not mv.entries:
        return NONE
    e = mv.entries[-1]
    return _some([Pointer(e, 0), Pointer(e, 1)])


def map_pop_first(m, p):
    mv = p.load()
    if not mv.entries:
        return NONE
    e = mv.pop(mv.entries[0][0])
    return _some([e[0], e[1]])


def map_pop_last(m, p):
    mv = p.load()
    if not mv.entries:
        return NONE
    e = mv.pop(mv.entries[-1][0])
    return _some([e[0], e[1]])


def map_from(m, arr, ty=None, ordered=False):
    mv = MapValue(ordered, keyer(m, ty))
    for pair in arr:
        k, v = pair
        entry = mv.find(k)
        if entry is None:
            mv.add(k, v)
        else:
            entry[1] = v
    return mv


def btree_from(m, arr, ty=None):
    return map_from(m, arr, ty, True)


# -- iterators -------------------------------------------------------------------------

def map_iter(m, p):
    # (the pointer: a copy of the iterator must not copy the map)
    return [p, 0, len(p.load().entries)]


def map_into_iter(m, mv):
    return [mv, 0, len(mv.entries)]


def _next_entry(it, back: bool = False):
    """The entry at the iterator's front (or back) end: `[map or pointer, front, back]`."""
    mv, i, j = it
    if i >= j:
        return None
    if type(mv) is not MapValue:
        mv = mv.load()      # (a borrowing iterator holds a pointer to its map)
    if back:
        it[2] = j - 1
        return mv.entries[j - 1]
    it[1] = i + 1
    return mv.entries[i]


def _pair(e):
    return NONE if e is None else _some([Pointer(e, 0), Pointer(e, 1)])


def _key(e):
    return NONE if e is None else _some(Pointer(e, 0))


def _value(e):
    return NONE if e is None else _some(Pointer(e, 1))


def _owned_pair(e):
    return NONE if e is None else _some([e[0], e[1]])


def _owned_key(e):
    return NONE if e is None else _some(e[0])


def map_iter_next_pair(m, p):
    return _pair(_next_entry(p.load()))


def map_iter_next_back_pair(m, p):
    return _pair(_next_entry(p.load(), True))


def map_iter_next_key(m, p):
    return _key(_next_entry(p.load()))


def map_iter_next_back_key(m, p):
    return _key(_next_entry(p.load(), True))


def map_iter_next_value(m, p):
    return _value(_next_entry(p.load()))


def map_iter_next_back_value(m, p):
    return _value(_next_entry(p.load(), True))


def map_into_iter_next(m, p):
    return _owned_pair(_next_entry(p.load()))


def map_into_iter_next_back(m, p):
    return _owned_pair(_next_entry(p.load(), True))


def _owned_half(m, e, half: int, ty):
    """One half of an entry `into_keys` (0) or `into_values` (1) yields; the other half
    is dropped on the spot, as std's iterator drops it (`ty`: `&mut IntoKeys<K, V>`)."""
    if e is None:
        return NONE
    if ty is not None:
        _drop(m, e[1 - half], _key_value_types(ty)[1 - half])
    return _some(e[half])


def map_into_keys_next(m, p, ty=None):
    return _owned_half(m, _next_entry(p.load()), 0, ty)


def map_into_keys_next_back(m, p, ty=None):
    return _owned_half(m, _next_entry(p.load(), True), 0, ty)


def map_into_values_next(m, p, ty=None):
    return _owned_half(m, _next_entry(p.load()), 1, ty)


def map_into_values_next_back(m, p, ty=None):
    return _owned_half(m, _next_entry(p.load(), True), 1, ty)


def set_into_iter_next(m, p):
    return _owned_key(_next_entry(p.load()))


def set_into_iter_next_back(m, p):
    return _owned_key(_next_entry(p.load(), True))


# -- the entry API ---------------------------------------------------------------------

def map_entry(m, p, k):
    return [p, k]       # (the pointer to the map: the entry borrows it)


def entry_occupied(m, p):
    mp, k = p.load()
    return mp.load().find(k) is not None


_NO_VALUE = object()


def entry_or_insert(m, e, v, ty=None):
    """`or_insert(v)`: an occupied entry drops the key it was made with and the unused
    default (std's `Entry` holds that key; `ty` is the entry's type)."""
    mp, k = e
    mv = mp.load()
    entry = mv.find(k)
    if entry is None:
        entry = mv.add(k, v)
    elif ty is not None:
        kt, vt = _key_value_types(ty)
        _drop(m, k, kt)
        if v is not _NO_VALUE:
            _drop(m, v, vt)
    return Pointer(entry, 1)


def entry_into_mut(m, e, ty=None):
    """The occupied entry's value (`or_insert_with` and `or_default` call it)."""
    return entry_or_insert(m, e, _NO_VALUE, ty)


def entry_value_mut(m, p):
    mp, k = p.load()
    return Pointer(mp.load().find(k), 1)


def entry_key(m, p):
    return Pointer(p.load(), 1)


def default_value(m, ty):
    """`Default::default()` of the types typeck/collection_bounds.py lets through."""
    k = ty.kind
    if k == "int":
        return 0
    if k == "float":
        return 0.0
    if k == "bool":
        return False
    if k == "char":
        return "\0"
    if k == "tuple":
        return [default_value(m, a) for a in ty.args] if ty.args else ()
    if k == "adt":
        if ty.name == "String":
            return ""
        if ty.name in ("Vec", "VecDeque"):
            return []
        if ty.name in ("HashMap", "HashSet"):
            return MapValue(False, keyer(m, ty))
        if ty.name in ("BTreeMap", "BTreeSet"):
            return MapValue(True, keyer(m, ty))
        if ty.name == "Option":
            return NONE[:]
        if ty.name == "PhantomData":     # (a unit struct)
            return []
    raise AssertionError(f"default value of {ty}")


# -- sets ------------------------------------------------------------------------------

def set_insert(m, p, k, ty=None):
    mv = p.load()
    if mv.find(k) is not None:
        if ty is not None:
            _drop(m, k, _key_value_types(ty)[0])     # (the set keeps the value it has)
        return False
    mv.add(k, ())
    return True


def set_remove(m, p, k):
    return p.load().pop(k) is not None


def set_take(m, p, k):
    entry = p.load().pop(k)
    return NONE if entry is None else _some(entry[0])


def set_get(m, p, k):
    entry = p.load().find(k)
    return NONE if entry is None else _some(Pointer(entry, 0))


def set_first(m, p):
    mv = p.load()
    return _some(Pointer(mv.entries[0], 0)) if mv.entries else NONE


def set_last(m, p):
    mv = p.load()
    return _some(Pointer(mv.entries[-1], 0)) if mv.entries else NONE


def set_pop_first(m, p):
    mv = p.load()
    return _some(mv.pop(mv.entries[0][0])[0]) if mv.entries else NONE


def set_pop_last(m, p):
    mv = p.load()
    return _some(mv.pop(mv.entries[-1][0])[0]) if mv.entries else NONE


def set_from(m, arr, ty=None, ordered=False):
    mv = MapValue(ordered, keyer(m, ty))
    for k in arr:
        if mv.find(k) is None:
            mv.add(k, ())
    return mv


def btree_set_from(m, arr, ty=None):
    return set_from(m, arr, ty, True)


def set_union(m, a, b):
    ma, mb = a.load(), b.load()
    keys = [Pointer(e, 0) for e in ma.entries]
    keys += [Pointer(e, 0) for e in mb.entries if ma.find(e[0]) is None]
    return _ordered(ma, keys)


def set_intersection(m, a, b):
    ma, mb = a.load(), b.load()
    if ma.keyer is not None and _from_other(ma, mb):
        # (equal keys may differ: std yields the smaller set's, as its search does)
        return _ordered(ma, [Pointer(e, 0) for e in mb.entries if ma.find(e[0]) is not None])
    return _ordered(ma, [Pointer(e, 0) for e in ma.entries if mb.find(e[0]) is not None])


def _from_other(ma, mb) -> bool:
    """std's `intersection` iterates `other` (rustc's std: hash/set.rs, btree/set.rs)."""
    if ma.ordered:     # (`other` 16 times smaller: ITER_PERFORMANCE_TIPPING_SIZE_DIFF)
        return len(mb.entries) <= len(ma.entries) // 16
    return len(mb.entries) < len(ma.entries)


def set_difference(m, a, b):
    ma, mb = a.load(), b.load()
    return _ordered(ma, [Pointer(e, 0) for e in ma.entries if mb.find(e[0]) is None])


def set_symmetric_difference(m, a, b):
    ma, mb = a.load(), b.load()
    keys = [Pointer(e, 0) for e in ma.entries if mb.find(e[0]) is None]
    keys += [Pointer(e, 0) for e in mb.entries if ma.find(e[0]) is None]
    return _ordered(ma, keys)


def _ordered(ma, keys: list) -> list:
    """A set operation's iterator: `[pointers, position]`."""
    if ma.keyer is not None and ma.ordered:
        keys.sort(key=ma.keyer.sort_key())
    elif ma.ordered:
        keys.sort(key=lambda p: freeze(p.load()))
    return [keys, 0, len(keys)]


def set_op_next(m, p):
    it = p.load()
    keys, i, j = it
    if i >= j:
        return NONE
    it[1] = i + 1
    return _some(keys[i])


def set_is_subset(m, a, b):
    mb = b.load()
    return all(mb.find(e[0]) is not None for e in a.load().entries)


def set_is_superset(m, a, b):
    return set_is_subset(m, b, a)


def set_is_disjoint(m, a, b):
    mb = b.load()
    return all(mb.find(e[0]) is None for e in a.load().entries)


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("map_", "btree_", "entry_", "set_")) and callable(f)}
SHIMS["default_value"] = default_value


def drop_map(m, v, t) -> None:
    """A map's or set's drop: its keys and values, in iteration order."""
    from .drops import drop_value
    from ..types import Ty
    pair = Ty("tuple", args=tuple(t.args)) if len(t.args) == 2 else t.args[0]
    for e in v.entries:
        if len(t.args) == 2:
            drop_value(m, Pointer([e], 0), pair)
        else:
            drop_value(m, Pointer(e, 0), pair)


GLUE = {"HashMap": drop_map, "HashSet": drop_map, "BTreeMap": drop_map, "BTreeSet": drop_map}


# -- VecDeque (a list, like a Vec: shims_vec.py has the rest) --------------------------

def deque_push_front(m, p, x):
    p.load().insert(0, x)
    return ()


def deque_pop_front(m, p):
    buf = p.load()
    return _some(buf.pop(0)) if buf else NONE


def deque_contains(m, p, x):
    want = x.load()
    return any(e == want for e in p.load())


def deque_from(m, arr):
    return list(arr)


def drop_deque(m, v, t) -> None:
    from .drops import drop_value
    for i in range(len(v)):
        drop_value(m, Pointer(v, i), t.args[0])


SHIMS.update({name: f for name, f in globals().items()
              if name.startswith("deque_") and callable(f)})
GLUE["VecDeque"] = drop_deque


def drop_map_into_iter(m, v, t) -> None:
    """A by-value iterator of a map or set dropped before its end: what it has not
    yielded yet (`for (k, v) in map { .. break; }`)."""
    from .drops import drop_value
    from ..types import Ty
    mv, i, j = v
    for e in mv.entries[i:j]:
        if len(t.args) == 2:
            drop_value(m, Pointer([e], 0), Ty("tuple", args=tuple(t.args)))
        else:
            drop_value(m, Pointer(e, 0), t.args[0])


def drop_deque_into_iter(m, v, t) -> None:
    from .drops import drop_value
    elements, front, back = v
    for i in range(front, back):
        drop_value(m, Pointer(elements, i), t.args[0])


GLUE.update({f"std::collections::{mod}::IntoIter": drop_map_into_iter
             for mod in ("hash_map", "btree_map", "hash_set", "btree_set")})
# (`IntoKeys<K, V>` / `IntoValues<K, V>` hold the map as `IntoIter<K, V>` does)
GLUE.update({f"std::collections::{mod}::{it}": drop_map_into_iter
             for mod in ("hash_map", "btree_map") for it in ("IntoKeys", "IntoValues")})
GLUE["std::collections::vec_deque::IntoIter"] = drop_deque_into_iter
