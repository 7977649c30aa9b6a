"""Where rustc 1.95 says a std method takes its receiver by value.

After `x.unwrap()` moves `x`, rustc's E0382 notes "`Option::<T>::unwrap` takes ownership
of the receiver `self`, which moves `x`" at `self` in its own std sources, naming the
method by its path as rustc prints it (`Option::<T>::unwrap`, `array::<impl [T; N]>::map`,
a trait's method by its name alone unless another item shares it: `count`, but
`std::iter::Iterator::take`). Ferrite's std methods have their own spans, which mean
nothing to the learner; this table gives rustc's. Its entries are written by
tools/std_receivers_gen.py, which asks rustc.
"""

from __future__ import annotations

from ..diagnostics.model import ExternalSpan
from ..resolve.traits import split_impl_key
from ..std_locations import external_span

# Ferrite's method key (a trait's method as `Trait::name`) -> (rustc's path of the
# method, the location of its `self` in rustc's JSON coordinates).
_RECEIVERS: dict[str, tuple[str, tuple[str, int, int, int, int, int, int]]] = {
    'Option::unwrap': ('Option::<T>::unwrap', ('core/src/option.rs', 1013, 25, 1013, 29, 39492, 39496)),
    'Option::expect': ('Option::<T>::expect', ('core/src/option.rs', 968, 25, 968, 29, 37803, 37807)),
    'Option::unwrap_or_default': ('Option::<T>::unwrap_or_default', ('core/src/option.rs', 1093, 36, 1093, 40, 41907, 41911)),
    'Option::unwrap_or_else': ('Option::<T>::unwrap_or_else', ('core/src/option.rs', 1061, 36, 1061, 40, 40968, 40972)),
    'Option::map': ('Option::<T>::map', ('core/src/option.rs', 1160, 28, 1160, 32, 44308, 44312)),
    'Option::and_then': ('Option::<T>::and_then', ('core/src/option.rs', 1541, 33, 1541, 37, 56271, 56275)),
    'Option::ok_or': ('Option::<T>::ok_or', ('core/src/option.rs', 1337, 45, 1337, 49, 49900, 49904)),
    'Option::ok_or_else': ('Option::<T>::ok_or_else', ('core/src/option.rs', 1363, 35, 1363, 39, 50652, 50656)),
    'Option::filter': ('Option::<T>::filter', ('core/src/option.rs', 1578, 28, 1578, 32, 57470, 57474)),
    'Option::is_some_and': ('Option::<T>::is_some_and', ('core/src/option.rs', 661, 30, 661, 34, 26233, 26237)),
    'Option::is_none_or': ('Option::<T>::is_none_or', ('core/src/option.rs', 710, 29, 710, 33, 27841, 27845)),
    'Option::or': ('Option::<T>::or', ('core/src/option.rs', 1621, 21, 1621, 25, 58656, 58660)),
    'Option::or_else': ('Option::<T>::or_else', ('core/src/option.rs', 1647, 29, 1647, 33, 59472, 59476)),
    'Option::xor': ('Option::<T>::xor', ('core/src/option.rs', 1684, 22, 1684, 26, 60596, 60600)),
    'Option::and': ('Option::<T>::and', ('core/src/option.rs', 1497, 25, 1497, 29, 54829, 54833)),
    'Option::zip': ('Option::<T>::zip', ('core/src/option.rs', 1964, 25, 1964, 29, 69309, 69313)),
    'Option::map_or': ('Option::<T>::map_or', ('core/src/option.rs', 1224, 31, 1224, 35, 46193, 46197)),
    'Option::map_or_else': ('Option::<T>::map_or_else', ('core/src/option.rs', 1271, 39, 1271, 43, 47816, 47820)),
    'Option::unwrap_or': ('Option::<T>::unwrap_or', ('core/src/option.rs', 1038, 28, 1038, 32, 40345, 40349)),
    'Option::flatten': ('Option::<Option<T>>::flatten', ('core/src/option.rs', 2831, 26, 2831, 30, 95633, 95637)),
    'Result::unwrap': ('Result::<T, E>::unwrap', ('core/src/result.rs', 1227, 19, 1227, 23, 43321, 43325)),
    'Result::expect': ('Result::<T, E>::expect', ('core/src/result.rs', 1179, 19, 1179, 23, 41682, 41686)),
    'Result::ok': ('Result::<T, E>::ok', ('core/src/result.rs', 708, 21, 708, 25, 26370, 26374)),
    'Result::err': ('Result::<T, E>::err', ('core/src/result.rs', 736, 22, 736, 26, 27154, 27158)),
    'Result::map': ('Result::<T, E>::map', ('core/src/result.rs', 831, 28, 831, 32, 30063, 30067)),
    'Result::map_err': ('Result::<T, E>::map_err', ('core/src/result.rs', 962, 32, 962, 36, 34315, 34319)),
    'Result::unwrap_or_default': ('Result::<T, E>::unwrap_or_default', ('core/src/result.rs', 1265, 36, 1265, 40, 44648, 44652)),
    'Result::is_ok_and': ('Result::<T, E>::is_ok_and', ('core/src/result.rs', 619, 31, 619, 35, 23409, 23413)),
    'Result::is_err_and': ('Result::<T, E>::is_err_and', ('core/src/result.rs', 674, 32, 674, 36, 25305, 25309)),
    'Result::and_then': ('Result::<T, E>::and_then', ('core/src/result.rs', 1488, 33, 1488, 37, 51845, 51849)),
    'Result::unwrap_err': ('Result::<T, E>::unwrap_err', ('core/src/result.rs', 1324, 23, 1324, 27, 46215, 46219)),
    'Result::expect_err': ('Result::<T, E>::expect_err', ('core/src/result.rs', 1293, 23, 1293, 27, 45418, 45422)),
    'Result::unwrap_or_else': ('Result::<T, E>::unwrap_or_else', ('core/src/result.rs', 1616, 36, 1616, 40, 55872, 55876)),
    'Result::or_else': ('Result::<T, E>::or_else', ('core/src/result.rs', 1559, 32, 1559, 36, 54187, 54191)),
    'Result::map_or': ('Result::<T, E>::map_or', ('core/src/result.rs', 863, 31, 863, 35, 31155, 31159)),
    'Result::and': ('Result::<T, E>::and', ('core/src/result.rs', 1442, 25, 1442, 29, 50172, 50176)),
    'Result::unwrap_or': ('Result::<T, E>::unwrap_or', ('core/src/result.rs', 1590, 28, 1590, 32, 55177, 55181)),
    'Vec::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'HashMap::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'HashSet::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'BTreeMap::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'BTreeSet::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'VecDeque::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'HashMap::into_keys': ('HashMap::<K, V, S, A>::into_keys', ('std/src/collections/hash/map.rs', 514, 22, 514, 26, 19071, 19075)),
    'HashMap::into_values': ('HashMap::<K, V, S, A>::into_values', ('std/src/collections/hash/map.rs', 609, 24, 609, 28, 21855, 21859)),
    'BTreeMap::into_keys': ('BTreeMap::<K, V, A>::into_keys', ('alloc/src/collections/btree/map.rs', 1680, 22, 1680, 26, 60682, 60686)),
    'BTreeMap::into_values': ('BTreeMap::<K, V, A>::into_values', ('alloc/src/collections/btree/map.rs', 1702, 24, 1702, 28, 61361, 61365)),
    'Option::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'String::into_bytes': ('String::into_bytes', ('alloc/src/string.rs', 1034, 29, 1034, 33, 36064, 36068)),
    'Vec::into_boxed_slice': ('Vec::<T, A>::into_boxed_slice', ('alloc/src/vec/mod.rs', 1708, 33, 1708, 37, 65251, 65255)),
    'RefCell::into_inner': ('RefCell::<T>::into_inner', ('core/src/cell.rs', 995, 29, 995, 33, 34525, 34529)),
    'Cell::into_inner': ('Cell::<T>::into_inner', ('core/src/cell.rs', 531, 29, 531, 33, 19635, 19639)),
    'Mutex::into_inner': ('std::sync::Mutex::<T>::into_inner', ('std/src/sync/poison/mutex.rs', 631, 23, 631, 27, 23413, 23417)),
    'RwLock::into_inner': ('std::sync::RwLock::<T>::into_inner', ('std/src/sync/poison/rwlock.rs', 645, 23, 645, 27, 23622, 23626)),
    'JoinHandle::join': ('JoinHandle::<T>::join', ('std/src/thread/join_handle.rs', 149, 17, 149, 21, 5019, 5023)),
    'Receiver::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'Cow::into_owned': ("Cow::<'_, B>::into_owned", ('alloc/src/borrow.rs', 331, 23, 331, 27, 9913, 9917)),
    '[T; N]::map': ('array::<impl [T; N]>::map', ('core/src/array/mod.rs', 581, 28, 581, 32, 19604, 19608)),
    'std::array::into_iter': ('into_iter', ('core/src/iter/traits/collect.rs', 312, 18, 312, 22, 9871, 9875)),
    'FromUtf8Error::into_bytes': ('FromUtf8Error::into_bytes', ('alloc/src/string.rs', 2296, 23, 2296, 27, 78131, 78135)),
    'String::max': ('std::cmp::Ord::max', ('core/src/cmp.rs', 1033, 12, 1033, 16, 34449, 34453)),
    'String::min': ('std::cmp::Ord::min', ('core/src/cmp.rs', 1072, 12, 1072, 16, 35556, 35560)),
    'Iterator::count': ('count', ('core/src/iter/traits/iterator.rs', 225, 14, 225, 18, 7976, 7980)),
    'Iterator::last': ('last', ('core/src/iter/traits/iterator.rs', 258, 13, 258, 17, 8886, 8890)),
    'Iterator::take': ('std::iter::Iterator::take', ('core/src/iter/traits/iterator.rs', 1414, 13, 1414, 17, 47366, 47370)),
    'Iterator::skip': ('skip', ('core/src/iter/traits/iterator.rs', 1341, 13, 1341, 17, 44999, 45003)),
    'Iterator::enumerate': ('enumerate', ('core/src/iter/traits/iterator.rs', 1005, 18, 1005, 22, 34166, 34170)),
    'Iterator::zip': ('std::iter::Iterator::zip', ('core/src/iter/traits/iterator.rs', 626, 15, 626, 19, 21297, 21301)),
    'Iterator::chain': ('std::iter::Iterator::chain', ('core/src/iter/traits/iterator.rs', 507, 17, 507, 21, 17321, 17325)),
    'Iterator::step_by': ('step_by', ('core/src/iter/traits/iterator.rs', 435, 16, 435, 20, 14965, 14969)),
    'Iterator::copied': ('copied', ('core/src/iter/traits/iterator.rs', 3491, 22, 3491, 26, 117500, 117504)),
    'Iterator::cloned': ('cloned', ('core/src/iter/traits/iterator.rs', 3540, 22, 3540, 26, 119052, 119056)),
    'Iterator::cycle': ('cycle', ('core/src/iter/traits/iterator.rs', 3572, 14, 3572, 18, 119991, 119995)),
    'Iterator::peekable': ('peekable', ('core/src/iter/traits/iterator.rs', 1077, 17, 1077, 21, 36483, 36487)),
    'Iterator::max': ('std::iter::Iterator::max', ('core/src/iter/traits/iterator.rs', 3228, 12, 3228, 16, 109654, 109658)),
    'Iterator::min': ('std::iter::Iterator::min', ('core/src/iter/traits/iterator.rs', 3265, 12, 3265, 16, 110671, 110675)),
    'Iterator::rev': ('rev', ('core/src/iter/traits/iterator.rs', 3422, 12, 3422, 16, 115398, 115402)),
    'Iterator::collect': ('collect', ('core/src/iter/traits/iterator.rs', 2051, 45, 2051, 49, 69195, 69199)),
    'Iterator::sum': ('std::iter::Iterator::sum', ('core/src/iter/traits/iterator.rs', 3653, 15, 3653, 19, 122451, 122455)),
    'Iterator::product': ('std::iter::Iterator::product', ('core/src/iter/traits/iterator.rs', 3686, 19, 3686, 23, 123461, 123465)),
    'Iterator::fuse': ('fuse', ('core/src/iter/traits/iterator.rs', 1806, 13, 1806, 17, 61137, 61141)),
    'Iterator::map': ('map', ('core/src/iter/traits/iterator.rs', 789, 18, 789, 22, 27372, 27376)),
    'Iterator::filter': ('filter', ('core/src/iter/traits/iterator.rs', 911, 18, 911, 22, 31134, 31138)),
    'Iterator::filter_map': ('filter_map', ('core/src/iter/traits/iterator.rs', 957, 25, 957, 29, 32604, 32608)),
    'Iterator::flat_map': ('flat_map', ('core/src/iter/traits/iterator.rs', 1501, 23, 1501, 27, 50469, 50473)),
    'Iterator::take_while': ('take_while', ('core/src/iter/traits/iterator.rs', 1222, 22, 1222, 26, 41022, 41026)),
    'Iterator::skip_while': ('skip_while', ('core/src/iter/traits/iterator.rs', 1143, 22, 1143, 26, 38499, 38503)),
    'Iterator::fold': ('fold', ('core/src/iter/traits/iterator.rs', 2640, 23, 2640, 27, 90219, 90223)),
    'Iterator::for_each': ('for_each', ('core/src/iter/traits/iterator.rs', 835, 20, 835, 24, 28974, 28978)),
    'Iterator::max_by_key': ('std::iter::Iterator::max_by_key', ('core/src/iter/traits/iterator.rs', 3288, 30, 3288, 34, 111346, 111350)),
    'Iterator::min_by_key': ('std::iter::Iterator::min_by_key', ('core/src/iter/traits/iterator.rs', 3350, 30, 3350, 34, 113258, 113262)),
    'Iterator::max_by': ('std::iter::Iterator::max_by', ('core/src/iter/traits/iterator.rs', 3322, 18, 3322, 22, 112360, 112364)),
    'Iterator::min_by': ('std::iter::Iterator::min_by', ('core/src/iter/traits/iterator.rs', 3384, 18, 3384, 22, 114275, 114279)),
    'Iterator::inspect': ('inspect', ('core/src/iter/traits/iterator.rs', 1891, 19, 1891, 23, 63500, 63504)),
    'Iterator::scan': ('scan', ('core/src/iter/traits/iterator.rs', 1462, 23, 1462, 27, 49053, 49057)),
    'Iterator::map_while': ('map_while', ('core/src/iter/traits/iterator.rs', 1311, 24, 1311, 28, 44028, 44032)),
    'Iterator::reduce': ('reduce', ('core/src/iter/traits/iterator.rs', 2678, 22, 2678, 26, 91496, 91500)),
    'Iterator::unzip': ('unzip', ('core/src/iter/traits/iterator.rs', 3459, 34, 3459, 38, 116536, 116540)),
    'Iterator::flatten': ('flatten', ('core/src/iter/traits/iterator.rs', 1586, 16, 1586, 20, 53504, 53508)),
}


def _key(callee: str) -> str:
    """`<std::slice::Iter<T> as Iterator>::count` is `Iterator::count`."""
    got = split_impl_key(callee)
    return f"{got[0]}::{got[1]}" if got is not None else callee


def receiver_note(callee: str) -> tuple[str, ExternalSpan] | None:
    """rustc's path of the std method `callee` and where its `self` is; None for a
    method the table lacks."""
    got = _RECEIVERS.get(_key(callee))
    if got is None:
        return None
    path, loc = got
    return path, external_span(loc)


def is_option_or_result(callee: str) -> bool:
    """A method of `impl Option<T>` / `impl Result<T, E>`: rustc adds its "consider calling
    `.as_ref()` or `.as_mut()`" label at the receiver."""
    # (`Option::into_iter` is rustc's `IntoIterator::into_iter`, a trait's method: no label)
    parts = callee.split("::")
    return parts[0] in ("Option", "Result") and parts[-1] != "into_iter"


# std iterators whose `Clone` impls hold whatever their arguments are (`Iter<'_, T>`,
# `Chars<'_>`), and adapters that are `Clone` when their iterators are (`Rev<I: Clone>`).
_ALWAYS_CLONE = frozenset({
    "std::slice::Iter", "std::slice::Windows", "std::slice::Chunks", "std::slice::ChunksExact",
    "std::str::Chars", "std::str::CharIndices", "std::str::Bytes", "std::str::Lines",
    "std::str::SplitWhitespace", "std::str::Split",
    "std::collections::hash_map::Iter", "std::collections::hash_map::Keys",
    "std::collections::hash_map::Values", "std::collections::hash_set::Iter",
    "std::collections::btree_map::Iter", "std::collections::btree_map::Keys",
    "std::collections::btree_map::Values", "std::collections::btree_set::Iter",
    "std::collections::vec_deque::Iter"})
_CLONE_WITH_ARGS = frozenset({"std::vec::IntoIter", "Enumerate", "Rev", "Take", "Skip", "Zip",
                              "Chain", "Cloned", "Copied", "StepBy", "Cycle", "Fuse",
                              "Peekable"})


_CAN = "you can `clone` the value and consume it, but this might not be your desired behavior"


def clone_help(ty, ctx) -> str | None:
    """rustc's help after the note, when the moved receiver's type is `Clone` (or would
    be, for `Cell<T>` and `T: Copy`); None when rustc gives none or Ferrite cannot tell
    (an adapter holding a closure)."""
    if _is_clone(ty, ctx):
        return _CAN
    if ty.kind == "adt" and ty.name == "Cell" and ty.args:
        from ..types import display
        return (f"you could `clone` the value and consume it, if the "
                f"`{display(ty.args[0])}: Copy` trait bound could be satisfied")
    return None


def _is_clone(ty, ctx) -> bool:
    from .arrays import clonable
    if ty.kind == "adt" and ty.name in _ALWAYS_CLONE:
        return True
    if ty.kind == "adt" and ty.name in _CLONE_WITH_ARGS:
        return all(_is_clone(a, ctx) for a in ty.args)
    return clonable(ty, ctx)
