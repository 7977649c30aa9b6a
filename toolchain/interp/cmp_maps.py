"""`==` of std's maps and sets whose keys or values hold a type with a hand-written
`PartialEq` (interp/cmp_typed.py's walk meets one inside a `BTreeMap<K, V>`, ..).

rustc's impls, followed here: a `BTreeMap`/`BTreeSet` equals another of the same length
whose entries, in order, are equal pair by pair (`self.iter().zip(other).all(..)`: the
keys by their `eq` too); a `HashMap` equals one of the same length where each key
finds an entry whose value is equal (`other.get(k).map_or(false, |w| *v == *w)`), a
`HashSet` one of the same length containing each of its keys. The lookup is the map's
own (by the learner's `eq` when the key needs it: interp/map_keys.py).
"""

from __future__ import annotations

MAPS = ("BTreeMap", "HashMap", "BTreeSet", "HashSet")


def eq(m, ty, x, y, eq_of) -> bool:
    """`x == y` for maps or sets `x`, `y` of type `ty` (`eq_of`: cmp_typed.eq)."""
    kt = ty.args[0]
    vt = ty.args[1] if ty.name.endswith("Map") and len(ty.args) > 1 else None
    if len(x.entries) != len(y.entries):
        return False
    if ty.name.startswith("BTree"):
        return all(eq_of(m, kt, a[0], b[0]) and (vt is None or eq_of(m, vt, a[1], b[1]))
                   for a, b in zip(x.entries, y.entries))
    for key, value in x.entries:
        other = y.find(key)
        if other is None or vt is not None and not eq_of(m, vt, value, other[1]):
            return False
    return True
