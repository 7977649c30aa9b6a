"""The methods and associated functions rustc 1.95's std::collections types have
(from the std docs), for those Ferrite's std does not model (std/collections.rs): a
call of one is refused as unsupported, while a name std lacks (`map.push(..)`) is
rustc's E0599."""

from __future__ import annotations

_COMMON = {"new", "with_capacity", "capacity", "len", "is_empty", "iter", "clear", "retain",
           "drain", "extract_if", "reserve", "try_reserve", "shrink_to_fit", "shrink_to",
           "into_iter", "clone", "clone_from", "eq", "ne", "extend", "from_iter", "from",
           "into", "default", "fmt", "to_owned", "hash", "cmp", "partial_cmp", "max", "min",
           "clamp", "lt", "le", "gt", "ge", "index", "borrow", "borrow_mut", "type_id",
           "try_from", "try_into", "new_in", "allocator"}
_HASHED = {"with_hasher", "with_capacity_and_hasher", "hasher"}
_MAP = {"keys", "into_keys", "values", "values_mut", "into_values", "iter_mut", "entry",
        "get", "get_key_value", "get_mut", "contains_key", "insert", "try_insert", "remove",
        "remove_entry"}
_SET = {"difference", "symmetric_difference", "intersection", "union", "contains", "get",
        "get_or_insert", "get_or_insert_with", "is_disjoint", "is_subset", "is_superset",
        "insert", "replace", "remove", "take"}
_BTREE = {"append", "split_off", "range", "first", "last", "pop_first", "pop_last",
          "lower_bound", "upper_bound", "lower_bound_mut", "upper_bound_mut"}

METHODS = {
    "HashMap": _COMMON | _HASHED | _MAP | {"get_disjoint_mut", "get_disjoint_unchecked_mut",
                                           "raw_entry", "raw_entry_mut"},
    "HashSet": _COMMON | _HASHED | _SET,
    "BTreeMap": _COMMON | _MAP | _BTREE | {"first_key_value", "first_entry",
                                           "last_key_value", "last_entry", "range_mut"},
    "BTreeSet": _COMMON | _SET | _BTREE,
    "VecDeque": _COMMON | {"get", "get_mut", "swap", "reserve_exact", "try_reserve_exact",
                           "truncate", "iter_mut", "as_slices", "as_mut_slices", "range",
                           "range_mut", "contains", "front", "front_mut", "back", "back_mut",
                           "pop_front", "pop_back", "push_front", "push_back",
                           "swap_remove_front", "swap_remove_back", "insert", "remove",
                           "split_off", "append", "retain_mut", "resize_with", "resize",
                           "make_contiguous", "rotate_left", "rotate_right", "binary_search",
                           "binary_search_by", "binary_search_by_key", "partition_point",
                           "pop_front_if", "pop_back_if", "push_front_mut", "push_back_mut"},
    "std::collections::hash_map::Entry": {"or_insert", "or_insert_with",
                                          "or_insert_with_key", "key", "and_modify",
                                          "insert_entry", "or_default"},
    "std::collections::btree_map::Entry": {"or_insert", "or_insert_with",
                                           "or_insert_with_key", "key", "and_modify",
                                           "insert_entry", "or_default"},
}


def std_has(adt: str, name: str) -> bool:
    return name in METHODS.get(adt, ())
