"""How a map or set finds its keys when their comparison is the learner's code.

A `MapValue` (interp/shims_map.py) finds its keys through a dict of their frozen
values: exact for keys compared structurally (primitives, std's types, derived impls
of them). A key type that is, or holds, a type with a hand-written `PartialEq`,
`PartialOrd` or `Ord` (`impl PartialEq for Tag` comparing case-insensitively, `impl
Ord for Task` reversing an order) is found as rustc's std finds it instead:
- a `HashMap`/`HashSet` by the learner's `eq` (rustc hashes first, then calls `eq`
  within the bucket: for a `Hash` consistent with `Eq`, as `Hash`'s contract asks,
  that finds the same entry; the learner's `hash` itself is not run). A key whose
  `Hash` is derived all the way down (`#[derive(Hash)]` beside a hand-written `eq`)
  hashes its structure: rustc then finds an entry only if it is structurally equal
  and `eq` agrees (two keys of different hashes essentially never meet), and so does
  the search here (`structural`);
- a `BTreeMap`/`BTreeSet` by the learner's `cmp`, entries kept sorted by it.
The walk is interp/cmp_typed.py's (which runs the learner's methods where it meets
them). Which maps need it is decided once per map type, when the map is made
(`keyer`: the `new`/`from`/`default` shims get the map's type); the others keep the
dict (`None`).
"""

from __future__ import annotations

from .pointer import Pointer

_THROUGH = ("Box", "Rc", "Arc")     # (compared as what they hold, as std's impls do)


def keyer(m, map_ty):
    """The `Keyer` of maps and sets of type `map_ty`, or None (the frozen-value dict)."""
    if map_ty is None:
        return None
    while map_ty.kind == "ref":
        map_ty = map_ty.args[0]
    if map_ty.kind != "adt" or not map_ty.args:
        return None
    cache = m.__dict__.setdefault("_map_keyers", {})
    if map_ty in cache:
        return cache[map_ty]
    from .cmp_typed import holds
    kt = map_ty.args[0]
    got = None
    if holds(m.program, kt):
        from .cmp_typed import holds_in
        ordered = map_ty.name.startswith("BTree")
        hashed = getattr(m.program, "hash_impls", None) or set()
        structural = not ordered and not holds_in(m.program.adts, (hashed,), kt, set())
        while kt.kind == "ref" or kt.kind == "adt" and kt.name in _THROUGH:
            kt = kt.args[0]
        got = Keyer(m, kt, ordered, structural)
    cache[map_ty] = got
    return got


def _load(v):
    while isinstance(v, Pointer):
        v = v.load()
    return v


class Keyer:
    __slots__ = ("m", "ty", "ordered", "structural")

    def __init__(self, m, ty, ordered: bool, structural: bool = False):
        self.m, self.ty, self.ordered, self.structural = m, ty, ordered, structural

    def cmp(self, a, b) -> int:
        """The learner's `cmp` (through the type's walk): -1, 0 or 1."""
        from .cmp_typed import order
        return order(self.m, self.ty, _load(a), _load(b), True)

    def eq(self, a, b) -> bool:
        from .cmp_typed import eq
        return eq(self.m, self.ty, _load(a), _load(b))

    def position(self, entries: list, key) -> tuple:
        """(index, found): where `key` is, or would go, among `entries`."""
        if not self.ordered:
            from .shims_map import freeze
            fk = freeze(key) if self.structural else None
            for i, e in enumerate(entries):
                if (fk is None or freeze(e[0]) == fk) and self.eq(e[0], key):
                    return i, True
            return len(entries), False
        lo, hi = 0, len(entries)
        while lo < hi:      # (a B-tree's search: the learner's `cmp`, entries sorted by it)
            mid = (lo + hi) // 2
            c = self.cmp(entries[mid][0], key)
            if c == 0:
                return mid, True
            if c < 0:
                lo = mid + 1
            else:
                hi = mid
        return lo, False

    def find(self, entries: list, key):
        i, found = self.position(entries, key)
        return entries[i] if found else None

    def sort_key(self):
        from functools import cmp_to_key
        return cmp_to_key(self.cmp)
