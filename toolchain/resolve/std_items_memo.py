"""std's items sorted by what the resolver's item loop does with them, once per process.

`_Resolver.crate` walks std's thousand-odd items beside the learner's and decides for
each what it is (a function, an ADT, a trait, a trait impl, ...). For std the answer
depends only on the item, and the list of std items a program sees is one of a few
lists cached per process (prelude.merge_items), so the decisions are made once per
list: every check then skips the items the resolver defers anyway (std's impls on
primitive types, lazy_impls.py and prim_impls.py) and enters the deferred trait impls'
index (`TraitTables.lazy`) as a copy of the one made the first time.
"""

from __future__ import annotations

from ..syntax import ast
from . import lazy_impls, prim_impls

# What the item loop does with a std item (the codes of `classify`).
FN, ADT, TRAIT_IMPL, TRAIT, IMPL, OTHER = range(6)

# id(list of std items) -> (the list, its work list, the deferred impls' index)
_MEMO: dict[int, tuple] = {}


def classify(std_items: list, shared: bool) -> tuple[list, dict]:
    """std's items the loop must still enter, as (item, key, code), and the index of
    the deferred trait impls ((trait, type) -> items, in source order). Memoised for
    the lists merge_items keeps (`shared`: the same object every check)."""
    got = _MEMO.get(id(std_items))
    if got is not None and got[0] is std_items:
        return got[1], got[2]
    work, lazy = _classify(std_items)
    if shared:      # (a handful of lists per process: prelude._unshadowed)
        _MEMO[id(std_items)] = (std_items, work, lazy)
    return work, lazy


def lazy_copy(lazy: dict) -> dict:
    """A check's own index: typeck pops entries as it materialises them."""
    return {k: list(v) for k, v in lazy.items()}


def _classify(std_items: list) -> tuple[list, dict]:
    work: list = []
    lazy: dict = {}
    for item, key in std_items:
        k = item.kind
        if isinstance(k, ast.Fn):
            work.append((item, key, FN))
        elif isinstance(k, (ast.Struct, ast.Enum)):
            work.append((item, key, ADT))
        elif isinstance(k, ast.Impl) and k.trait_ is not None:
            got = lazy_impls.lazy_key(item)
            if got is not None:
                lazy.setdefault(got, []).append(item)
            else:
                work.append((item, key, TRAIT_IMPL))
        elif isinstance(k, ast.Trait):
            work.append((item, key, TRAIT))
        elif isinstance(k, ast.Impl) and prim_impls.prim_self(item) is not None:
            pass         # (entered on first use: prim_impls.py)
        elif isinstance(k, ast.Impl):
            work.append((item, key, IMPL))
        else:
            work.append((item, key, OTHER))
    return work, lazy
