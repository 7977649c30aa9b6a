"""rustc's E0277 for `extend` on std's maps, sets and `VecDeque` with items that are
neither their elements nor references to them, when both of their `Extend` impls could
apply (elements that are `Copy`; otherwise rustc selects the by-value impl and reports
E0271: typeck/extend_args.py). rustc lists the two impls at their places in std's
sources, recorded from rustc 1.95 (a place without a label is the impl block's macro
or attribute, printed as its location only)."""

from __future__ import annotations

from ..diagnostics.model import CitedPlace, Diagnostic
from ..std_locations import LIBRARY
from ..types import Ty, display

_HASH_MAP = "std/src/collections/hash/map.rs"
_HASH_SET = "std/src/collections/hash/set.rs"
_BTREE_MAP = "alloc/src/collections/btree/map.rs"
_BTREE_SET = "alloc/src/collections/btree/set.rs"
_VEC_DEQUE = "alloc/src/collections/vec_deque/mod.rs"

# owner -> [(file, line, col, label)]
_IMPLS = {
    "HashMap": [(_HASH_MAP, 2929, 0, ""),
                (_HASH_MAP, 2933, 17, "`HashMap<K, V, S, A>` implements `Extend<(K, V)>`"),
                (_HASH_MAP, 2957, 17, "`HashMap<K, V, S, A>` implements `Extend<(&K, &V)>`")],
    "HashSet": [(_HASH_SET, 1193, 0, ""),
                (_HASH_SET, 1197, 17, "`HashSet<T, S, A>` implements `Extend<T>`"),
                (_HASH_SET, 1220, 17, "`HashSet<T, S, A>` implements `Extend<&T>`")],
    "BTreeMap": [(_BTREE_MAP, 2554, 0, "`BTreeMap<K, V, A>` implements `Extend<(K, V)>`"),
                 (_BTREE_MAP, 2570, 25, "`BTreeMap<K, V, A>` implements `Extend<(&K, &V)>`")],
    "BTreeSet": [(_BTREE_SET, 1609, 0, "`BTreeSet<T, A>` implements `Extend<T>`"),
                 (_BTREE_SET, 1624, 0, "`BTreeSet<T, A>` implements `Extend<&T>`")],
    "VecDeque": [(_VEC_DEQUE, 3679, 0, "`VecDeque<T, A>` implements `Extend<T>`"),
                 (_VEC_DEQUE, 3704, 0, "`VecDeque<T, A>` implements `Extend<&T>`")],
}


def e0277(fcx, at, s: Ty, tref) -> Diagnostic | None:
    """The error for `s: Extend<item>` unimplemented, or None when `s` is not one of
    these collections."""
    if tref.trait != "Extend" or s.kind != "adt" or s.name not in _IMPLS or len(tref.args) != 1:
        return None
    shown = f"{tref.show()}"
    d = Diagnostic.error(f"the trait bound `{display(s)}: {shown}` is not satisfied", at,
                         f"the trait `{shown}` is not implemented for `{display(s)}`",
                         code="E0277")
    child = Diagnostic("help", "the following other types implement trait `Extend<A>`")
    child.external = [CitedPlace(f"{LIBRARY}{f}", line, col, label)
                      for f, line, col, label in _IMPLS[s.name]]
    d.children.append(child)
    return d
