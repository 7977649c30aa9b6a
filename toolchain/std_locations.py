"""Where rustc 1.95's standard library defines the items its diagnostics cite.

rustc's notes point into std's sources (`note: the trait `Add` must be implemented`
` --> /rustc/<commit>/library/core/src/ops/arith.rs:77:0`); its JSON gives the same
places with byte offsets. Ferrite has no such files, so this table records, for each
std item a diagnostic cites, the location rustc 1.95 reports (read from
`rustc --error-format=json`). When std becomes Rust source (docs/design-semantics.md
§3) these locations will come from that source's own spans instead.
"""

from __future__ import annotations

from .diagnostics.model import Diagnostic, ExternalSpan

# The commit of rustc 1.95.0: rustc names std's files under `/rustc/<commit>/library`.
RUSTC_COMMIT = "59807616e1fa2540724bfbac14d7976d7e4a3860"
LIBRARY = f"/rustc/{RUSTC_COMMIT}/library/"

# rustc orders spans by their place in its source map, where std's files follow the
# learner's in the order rustc loaded them. Observed orders (lists of impls whose
# human output is sorted that way): slice/index.rs before bstr/traits.rs,
# fmt/mod.rs before array/mod.rs.
_LOAD_ORDER = (
    "core/src/fmt/mod.rs",
    "core/src/array/mod.rs",
    "core/src/slice/index.rs",
    "core/src/bstr/traits.rs",
)

# item -> (file under library/, line_start, col_start, line_end, col_end, byte_start,
#          byte_end), in rustc's JSON coordinates (1-based lines and columns).
_ITEMS: dict[str, tuple[str, int, int, int, int, int, int]] = {
    # Operator traits (`note: the trait `Add` must be implemented`): the trait's header.
    "core::ops::Add": ("core/src/ops/arith.rs", 77, 1, 77, 32, 2075, 2106),
    "core::ops::Sub": ("core/src/ops/arith.rs", 190, 1, 190, 32, 5163, 5194),
    "core::ops::Mul": ("core/src/ops/arith.rs", 324, 1, 324, 32, 9083, 9114),
    "core::ops::Div": ("core/src/ops/arith.rs", 462, 1, 462, 32, 13128, 13159),
    "core::ops::Rem": ("core/src/ops/arith.rs", 571, 1, 571, 32, 16578, 16609),
    "core::ops::Neg": ("core/src/ops/arith.rs", 692, 1, 692, 20, 20158, 20177),
    "core::ops::AddAssign": ("core/src/ops/arith.rs", 769, 1, 769, 38, 22318, 22355),
    "core::ops::SubAssign": ("core/src/ops/arith.rs", 840, 1, 840, 38, 24399, 24436),
    "core::ops::MulAssign": ("core/src/ops/arith.rs", 902, 1, 902, 38, 26229, 26266),
    "core::ops::DivAssign": ("core/src/ops/arith.rs", 964, 1, 964, 38, 28051, 28088),
    "core::ops::RemAssign": ("core/src/ops/arith.rs", 1029, 1, 1029, 38, 29950, 29987),
    "core::ops::Not": ("core/src/ops/bit.rs", 35, 1, 35, 20, 771, 790),
    "core::ops::BitAnd": ("core/src/ops/bit.rs", 150, 1, 150, 35, 3950, 3984),
    "core::ops::BitOr": ("core/src/ops/bit.rs", 254, 1, 254, 34, 6962, 6995),
    "core::ops::BitXor": ("core/src/ops/bit.rs", 358, 1, 358, 35, 10000, 10034),
    "core::ops::Shl": ("core/src/ops/bit.rs", 461, 1, 461, 32, 13149, 13180),
    "core::ops::Shr": ("core/src/ops/bit.rs", 583, 1, 583, 32, 16718, 16749),
    "core::ops::BitAndAssign": ("core/src/ops/bit.rs", 714, 1, 714, 41, 20369, 20409),
    "core::ops::BitOrAssign": ("core/src/ops/bit.rs", 789, 1, 789, 40, 22594, 22633),
    "core::ops::BitXorAssign": ("core/src/ops/bit.rs", 864, 1, 864, 41, 24807, 24847),
    "core::ops::ShlAssign": ("core/src/ops/bit.rs", 937, 1, 937, 38, 26811, 26848),
    "core::ops::ShrAssign": ("core/src/ops/bit.rs", 1023, 1, 1023, 38, 29225, 29262),
    # `Ord` and `PartialOrd` ("required by a bound in `Ord`" of a derive: typeck/derive_cmp.py).
    # (where rustc's "`std::cmp::Ordering` is defined in crate `core`" points)
    "core::cmp::Ordering": ("core/src/cmp.rs", 404, 1, 404, 18, 14629, 14646),
    "core::cmp::Ord": ("core/src/cmp.rs", 981, 1, 981, 74, 32788, 32861),
    "core::cmp::Eq": ("core/src/cmp.rs", 338, 1, 338, 59, 12344, 12402),
    # `write!` into a `String` without `use std::fmt::Write` (typeck/fmt_write.py).
    "core::fmt::Write::write_fmt": ("core/src/fmt/mod.rs", 212, 8, 212, 17, 7370, 7379),
    # `Formatter`'s inherent methods (`note: method defined here`; typeck/formatter_methods.py).
    "core::fmt::Formatter::pad": ("core/src/fmt/mod.rs", 1909, 12, 1909, 15, 70050, 70053),
    "core::fmt::Formatter::write_str": ("core/src/fmt/mod.rs", 2092, 12, 2092, 21, 77269, 77278),
    "core::error::Error": ("core/src/error.rs", 59, 1, 59, 33, 2024, 2056),
    "core::cmp::PartialOrd": ("core/src/cmp.rs", 1366, 1, 1367, 42, 45654, 45749),
    # The `T: Ord` of the free functions (typeck/cmp_fns.py).
    "core::cmp::max": ("core/src/cmp.rs", 1681, 1, 1681, 71, 55268, 55338),
    "core::cmp::min": ("core/src/cmp.rs", 1574, 1, 1574, 71, 52329, 52399),
    # The `self` of each operator method ("calling this operator moves the left-hand side").
    "core::ops::Add::add": ("core/src/ops/arith.rs", 92, 12, 92, 16, 2554, 2558),
    "core::ops::Sub::sub": ("core/src/ops/arith.rs", 205, 12, 205, 16, 5642, 5646),
    "core::ops::Mul::mul": ("core/src/ops/arith.rs", 339, 12, 339, 16, 9562, 9566),
    "core::ops::Div::div": ("core/src/ops/arith.rs", 477, 12, 477, 16, 13606, 13610),
    "core::ops::Rem::rem": ("core/src/ops/arith.rs", 586, 12, 586, 16, 17057, 17061),
    "core::ops::Neg::neg": ("core/src/ops/arith.rs", 708, 12, 708, 16, 20653, 20657),
    "core::ops::Not::not": ("core/src/ops/bit.rs", 52, 12, 52, 16, 1229, 1233),
    "core::ops::BitAnd::bitand": ("core/src/ops/bit.rs", 167, 15, 167, 19, 4438, 4442),
    "core::ops::BitOr::bitor": ("core/src/ops/bit.rs", 271, 14, 271, 18, 7450, 7454),
    "core::ops::BitXor::bitxor": ("core/src/ops/bit.rs", 375, 15, 375, 19, 10488, 10492),
    "core::ops::Shl::shl": ("core/src/ops/bit.rs", 476, 12, 476, 16, 13552, 13556),
    "core::ops::Shr::shr": ("core/src/ops/bit.rs", 598, 12, 598, 16, 17120, 17124),
    # `Iterator::max` / `min` (their `Self::Item: Ord` bound: typeck/iter_ord.py).
    "core::iter::Iterator::max": ("core/src/iter/traits/iterator.rs", 3228, 5, 3231, 25,
                                  109647, 109737),
    "core::iter::Iterator::min": ("core/src/iter/traits/iterator.rs", 3265, 5, 3268, 25,
                                  110664, 110754),
    # `rposition`'s `Self: Sized + ExactSizeIterator + DoubleEndedIterator` (self_bounds.py).
    "core::iter::Iterator::rposition": ("core/src/iter/traits/iterator.rs", 3178, 5, 3181, 63,
                                        108026, 108194),
    "core::iter::Iterator::rev": ("core/src/iter/traits/iterator.rs", 3422, 5, 3424, 43,
                                  115391, 115469),
    # `flatten`'s `Self::Item: IntoIterator`, `flat_map`'s `U: IntoIterator` (iter_flatten.py).
    "core::iter::Iterator::flatten": ("core/src/iter/traits/iterator.rs", 1586, 5, 1589, 34,
                                      53493, 53591),
    "core::iter::Iterator::flat_map": ("core/src/iter/traits/iterator.rs", 1501, 5, 1505, 35,
                                       50451, 50594),
    # `std::iter::repeat`'s `T: Clone` (typeck/std_fn_bounds.py).
    "core::iter::repeat": ("core/src/iter/sources/repeat.rs", 64, 1, 64, 45, 1966, 2010),
    # `collect`, `sum`, `product` (their `B: FromIterator<Self::Item>`, `S: Sum<..>` bounds).
    "core::iter::Iterator::collect": ("core/src/iter/traits/iterator.rs", 2051, 5, 2053, 21,
                                      69155, 69236),
    "core::iter::Iterator::sum": ("core/src/iter/traits/iterator.rs", 3653, 5, 3656, 28,
                                  122441, 122520),
    "core::iter::Iterator::product": ("core/src/iter/traits/iterator.rs", 3686, 5, 3689, 32,
                                      123447, 123534),
    # `impl<T> FromIterator<T> for Vec<T>` ("but trait `FromIterator<T>` is implemented").
    "impl FromIterator<T> for Vec<T>": ("alloc/src/vec/mod.rs", 3862, 1, 3862, 35, 143963,
                                        143997),
    # `IntoIterator::IntoIter`'s bound `Iterator<Item = Self::Item>` (into_iter_impls.py).
    "core::iter::IntoIterator::IntoIter":
        ("core/src/iter/traits/collect.rs", 291, 5, 291, 47, 9273, 9315),
    # `self` of `IntoIterator::into_iter` (a `for` loop moves its iterable there).
    "core::iter::IntoIterator::into_iter::self":
        ("core/src/iter/traits/collect.rs", 312, 18, 312, 22, 9871, 9875),
    # `Display` (`note: the trait `std::fmt::Display` must be implemented`).
    "core::fmt::Display": ("core/src/fmt/mod.rs", 1186, 1, 1186, 32, 47861, 47892),
    # `From::from` (`note: associated function defined here`).
    "From::from": ("core/src/convert/mod.rs", 592, 8, 592, 12, 23069, 23073),
    # Impl headers listed under "the following other types implement trait ...".
    "impl SliceIndex<[T]> for usize": ("core/src/slice/index.rs", 214, 1, 214, 47, 8116, 8162),
    "impl SliceIndex<ByteStr> for usize":
        ("core/src/bstr/traits.rs", 197, 1, 197, 42, 5446, 5487),
    "impl Debug for [T]": ("core/src/fmt/mod.rs", 3114, 1, 3114, 29, 109514, 109542),
    "impl Debug for [T; N]": ("core/src/array/mod.rs", 354, 1, 354, 58, 12243, 12300),
    # The prelude's enums and their variants (`note: `Option<i32>` defined here`).
    "Option": ("core/src/option.rs", 600, 1, 600, 19, 24142, 24160),
    "std::cmp::Ordering": ("core/src/cmp.rs", 404, 1, 404, 18, 14629, 14646),
    "std::cmp::Ordering::Less": ("core/src/cmp.rs", 407, 5, 407, 9, 14768, 14772),
    "std::cmp::Ordering::Equal": ("core/src/cmp.rs", 410, 5, 410, 10, 14897, 14902),
    "std::cmp::Ordering::Greater": ("core/src/cmp.rs", 413, 5, 413, 12, 15030, 15037),
    "Option::None": ("core/src/option.rs", 604, 5, 604, 9, 24256, 24260),
    "Option::Some": ("core/src/option.rs", 608, 5, 608, 9, 24369, 24373),
    "Result": ("core/src/result.rs", 557, 1, 557, 22, 21221, 21242),
    "Result::Ok": ("core/src/result.rs", 561, 5, 561, 7, 21353, 21355),
    "Result::Err": ("core/src/result.rs", 566, 5, 566, 8, 21514, 21517),
    # (`note: `Vec<i32>` does not implement `Mul<i32>``: typeck/op_traits.py)
    "Vec": ("alloc/src/vec/mod.rs", 438, 1, 438, 97, 15758, 15854),
    "String": ("alloc/src/string.rs", 353, 1, 353, 18, 11259, 11276),
    # The methods of Ferrite's std (`note: method defined here`), written by
    # tools/std_locations_gen.py (it asks rustc).
    "Option::is_some": ('core/src/option.rs', 635, 18, 635, 25, 25354, 25361),
    "Option::is_none": ('core/src/option.rs', 684, 18, 684, 25, 26979, 26986),
    "Option::as_ref": ('core/src/option.rs', 744, 18, 744, 24, 29331, 29337),
    "Option::as_mut": ('core/src/option.rs', 766, 18, 766, 24, 29887, 29893),
    # (`as_deref` and its hidden forms for a `Vec` or `Box`: typeck/option_deref.py)
    "Option::as_deref": ('core/src/option.rs', 1390, 18, 1390, 26, 51506, 51514),
    "Option::ferrite_as_deref_vec": ('core/src/option.rs', 1390, 18, 1390, 26, 51506, 51514),
    "Option::ferrite_as_deref_box": ('core/src/option.rs', 1390, 18, 1390, 26, 51506, 51514),
    "Option::ferrite_as_deref_mut_vec": ('core/src/option.rs', 1414, 18, 1414, 30, 52304, 52316),
    "Option::ferrite_as_deref_mut_box": ('core/src/option.rs', 1414, 18, 1414, 30, 52304, 52316),
    "Option::expect": ('core/src/option.rs', 968, 18, 968, 24, 37796, 37802),
    "Option::unwrap": ('core/src/option.rs', 1013, 18, 1013, 24, 39485, 39491),
    "Option::unwrap_or": ('core/src/option.rs', 1038, 18, 1038, 27, 40335, 40344),
    "Option::ok_or": ('core/src/option.rs', 1337, 18, 1337, 23, 49873, 49878),
    "Box::new": ('alloc/src/boxed.rs', 284, 12, 284, 15, 10784, 10787),
    # `impl Fn<Args> for Box<F, A>` and co. (E0057 on a boxed closure: typeck/closures.py)
    "impl FnOnce for Box": ('alloc/src/boxed.rs', 2236, 1, 2236, 85, 78483, 78567),
    "impl FnMut for Box": ('alloc/src/boxed.rs', 2245, 1, 2245, 83, 78812, 78894),
    "impl Fn for Box": ('alloc/src/boxed.rs', 2252, 1, 2252, 77, 79092, 79168),
    "Option::and": ('core/src/option.rs', 1497, 18, 1497, 21, 54822, 54825),
    "Option::or": ('core/src/option.rs', 1621, 18, 1621, 20, 58653, 58655),
    "Option::xor": ('core/src/option.rs', 1684, 18, 1684, 21, 60592, 60595),
    "Option::insert": ('core/src/option.rs', 1722, 18, 1722, 24, 61892, 61898),
    "Option::get_or_insert": ('core/src/option.rs', 1754, 12, 1754, 25, 62713, 62726),
    "Option::take": ('core/src/option.rs', 1884, 18, 1884, 22, 66702, 66706),
    "Option::replace": ('core/src/option.rs', 1943, 18, 1943, 25, 68641, 68648),
    # std/vec.rs and std/string.rs (tools/std_locations_gen.py)
    "String::push_str": ('alloc/src/string.rs', 1101, 12, 1101, 20, 38096, 38104),
    "String::push": ('alloc/src/string.rs', 1416, 12, 1416, 16, 48189, 48193),
    "String::pop": ('alloc/src/string.rs', 1497, 12, 1497, 15, 50454, 50457),
    "String::as_str": ('alloc/src/string.rs', 1052, 18, 1052, 24, 36546, 36552),
    "String::clear": ('alloc/src/string.rs', 1936, 12, 1936, 17, 65204, 65209),
    "String::len": ('alloc/src/string.rs', 1860, 18, 1860, 21, 62967, 62970),
    "String::is_empty": ('alloc/src/string.rs', 1880, 18, 1880, 26, 63501, 63509),
    "str::len": ('core/src/str/mod.rs', 157, 18, 157, 21, 5442, 5445),
    "str::is_empty": ('core/src/str/mod.rs', 177, 18, 177, 26, 5948, 5956),
    "str::to_string": ('alloc/src/string.rs', 2880, 8, 2880, 17, 95053, 95062),
    "str::to_owned": ('alloc/src/borrow.rs', 48, 8, 48, 16, 1492, 1500),
    "str::to_uppercase": ('alloc/src/str.rs', 465, 12, 465, 24, 17077, 17089),
    "str::to_lowercase": ('alloc/src/str.rs', 380, 12, 380, 24, 14012, 14024),
    "str::trim": ('core/src/str/mod.rs', 2171, 12, 2171, 16, 76144, 76148),
    "str::contains": ('core/src/str/mod.rs', 1367, 12, 1367, 20, 47948, 47956),
    "str::starts_with": ('core/src/str/mod.rs', 1405, 12, 1405, 23, 49264, 49275),
    "str::ends_with": ('core/src/str/mod.rs', 1430, 12, 1430, 21, 50008, 50017),
    "Vec::push": ('alloc/src/vec/mod.rs', 991, 12, 991, 16, 37533, 37537),
    "Vec::pop": ('alloc/src/vec/mod.rs', 2790, 12, 2790, 15, 106187, 106190),
    "Vec::len": ('alloc/src/vec/mod.rs', 2996, 18, 2996, 21, 112745, 112748),
    # `tx.send(x)` of a value of the wrong type ("method defined here").
    "Sender::send": ('std/src/sync/mpsc.rs', 607, 12, 607, 16, 19347, 19351),
    "Vec::is_empty": ('alloc/src/vec/mod.rs', 3021, 18, 3021, 26, 113562, 113570),
    "Vec::clear": ('alloc/src/vec/mod.rs', 2968, 12, 2968, 17, 111796, 111801),
    "Vec::insert": ('alloc/src/vec/mod.rs', 2246, 12, 2246, 18, 86091, 86097),
    "Vec::remove": ('alloc/src/vec/mod.rs', 2341, 12, 2341, 18, 89276, 89282),
    "Vec::truncate": ('alloc/src/vec/mod.rs', 1761, 12, 1761, 20, 66747, 66755),
    "Vec::extend_from_slice": ('alloc/src/vec/mod.rs', 3499, 12, 3499, 29, 130910, 130927),
    "Vec::as_slice": ('alloc/src/vec/mod.rs', 1798, 18, 1798, 26, 68206, 68214),
    "[T]::len": ('core/src/slice/mod.rs', 116, 18, 116, 21, 3810, 3813),
    "[T]::is_empty": ('core/src/slice/mod.rs', 136, 18, 136, 26, 4317, 4325),
    "[T]::first": ('core/src/slice/mod.rs', 155, 18, 155, 23, 4838, 4843),
    "[T]::last": ('core/src/slice/mod.rs', 281, 18, 281, 22, 8828, 8832),
    "[T]::get": ('core/src/slice/mod.rs', 572, 18, 572, 21, 19421, 19424),
    "[T]::get_mut": ('core/src/slice/mod.rs', 599, 18, 599, 25, 20157, 20164),
    "[T]::contains": ('core/src/slice/mod.rs', 2589, 12, 2589, 20, 93651, 93659),
    "[T]::sort": ('alloc/src/slice.rs', 131, 12, 131, 16, 6227, 6231),
    "[T]::reverse": ('core/src/slice/mod.rs', 978, 18, 978, 25, 34138, 34145),
    "[T]::swap": ('core/src/slice/mod.rs', 905, 18, 905, 22, 31532, 31536),
    "[T]::to_vec": ('alloc/src/slice.rs', 372, 12, 372, 18, 17117, 17123),
    "Result::is_ok": ('core/src/result.rs', 593, 18, 593, 23, 22516, 22521),
    "Result::is_err": ('core/src/result.rs', 646, 18, 646, 24, 24207, 24213),
    "Result::ok": ('core/src/result.rs', 708, 18, 708, 20, 26367, 26369),
    "Result::err": ('core/src/result.rs', 736, 18, 736, 21, 27150, 27153),
    "Result::as_ref": ('core/src/result.rs', 768, 18, 768, 24, 28127, 28133),
    "Result::as_mut": ('core/src/result.rs', 798, 18, 798, 24, 28947, 28953),
    "Result::unwrap_or": ('core/src/result.rs', 1590, 18, 1590, 27, 55167, 55176),
    "Result::and": ('core/src/result.rs', 1442, 18, 1442, 21, 50165, 50168),
    "Result::or": ('core/src/result.rs', 1528, 18, 1528, 20, 53170, 53172),
    # `std::mem::replace`'s name; `take`'s whole header (a bound's note cites it).
    "std::mem::replace": ('core/src/mem/mod.rs', 887, 14, 887, 21, 31606, 31613),
    "std::mem::take": ('core/src/mem/mod.rs', 820, 1, 820, 57, 29593, 29649),
    # `Option::<&T>::copied` / `cloned` (their `T: Copy` / `T: Clone`: option_copied.py).
    "Option::<&T>::copied": ('core/src/option.rs', 2119, 5, 2121, 17, 73966, 74031),
    "Option::<&T>::cloned": ('core/src/option.rs', 2145, 5, 2147, 18, 74762, 74822),
    # `Extend::extend` (its `I: IntoIterator<Item = A>`: typeck/extend_args.py).
    "core::iter::Extend::extend": ('core/src/iter/traits/collect.rs', 416, 5, 416, 62, 12934,
                                   12991),
    # `F: Send + 'static` of `thread::spawn`, `F: Send + 'scope` of `Scope::spawn`: the
    # functions' whole signatures, as rustc cites them (typeck/thread_spawn.py).
    "std::thread::spawn": ("std/src/thread/functions.rs", 125, 1, 129, 23, 4571, 4686),
    "Scope::spawn": ("std/src/thread/scoped.rs", 201, 5, 204, 26, 7590, 7737),
    # The std types an auto trait's explanation walks through (typeck/auto_traits.py):
    # "required because it appears within the type `Vec<Rc<i32>>`" at their names.
    "core::option::Option": ("core/src/option.rs", 600, 10, 600, 16, 24151, 24157),
    "alloc::vec::Vec": ("alloc/src/vec/mod.rs", 438, 12, 438, 15, 15769, 15772),
    "alloc::raw_vec::RawVec": ("alloc/src/raw_vec/mod.rs", 73, 19, 73, 25, 3154, 3160),
    "core::marker::PhantomData": ("core/src/marker.rs", 814, 12, 814, 23, 30850, 30861),
}
from .std_locations_collections import ITEMS as _COLLECTIONS   # noqa: E402
_ITEMS.update(_COLLECTIONS)


def file_rank(path: str) -> int:
    """The place of a std file in rustc's source map (unknown files last)."""
    rel = path[len(LIBRARY):] if path.startswith(LIBRARY) else path
    return _LOAD_ORDER.index(rel) if rel in _LOAD_ORDER else len(_LOAD_ORDER)


def std_span(item: str) -> ExternalSpan:
    """rustc 1.95's location of `item` (a key of the table above)."""
    return external_span(_ITEMS[item])


def external_span(loc: tuple[str, int, int, int, int, int, int]) -> ExternalSpan:
    """A location in rustc's std written as the tables here write them: (file under
    library/, lines, columns and bytes in rustc's JSON coordinates)."""
    file, l0, c0, l1, c1, b0, b1 = loc
    return ExternalSpan(LIBRARY + file, l0, c0, l1, c1, b0, b1, file_rank(LIBRARY + file))


def has_item(item: str) -> bool:
    """Does the table above know where rustc 1.95 defines `item`?"""
    return item in _ITEMS


def item_span(span, key: str | None = None):
    """Where a diagnostic shows an item found at `span`: the span itself for the
    learner's items, rustc 1.95's location in its std for Ferrite's std items
    (toolchain/std), whose own spans mean nothing to the learner (None when the
    table lacks it). `key` names the std item; by default, the item whose name is
    at `span`."""
    from .std import is_std_span, load
    if not is_std_span(span):
        return span
    key = key or load().names.get(span.lo)
    return std_span(key) if key in _ITEMS else None


def is_std_file(name: str) -> bool:
    """Is `name` a file of rustc's standard library, as its JSON names them?"""
    return name.startswith("/rustc/")


def other_impls_help(trait: str, impls: list[tuple[str, str]]) -> Diagnostic:
    """rustc's "the following other types implement trait `T`" when it lists the impls
    at their places in std: one label per impl (`impls`: table key, label) in the order
    rustc's JSON gives them (its candidate order, as recorded); the human renderer
    orders the places themselves by rustc's span order."""
    help_ = Diagnostic("help", f"the following other types implement trait `{trait}`")
    for item, label in impls:
        help_.primary(std_span(item), label)
    return help_


# The line of each integer type's `int_impl!` / `uint_impl!` invocation in
# core/src/num/mod.rs (column 5): where rustc reports a panic inside one of its
# methods that is not `#[track_caller]` (`pow`, `abs` overflowing).
_INT_IMPL_LINES = {"i8": 346, "i16": 370, "i32": 394, "i64": 418, "i128": 442, "isize": 519,
                   "u8": 546, "u16": 1188, "u32": 1243, "u64": 1274, "u128": 1305,
                   "usize": 1400}


# Other std functions that panic (an `assert!` without `#[track_caller]`): the place.
_PANIC_SITES = {
    "f32::clamp": "core/src/num/f32.rs:1504:9",
    "f64::clamp": "core/src/num/f64.rs:1502:9",
    "char::to_digit": "core/src/char/methods.rs:403:9",
    "std::cmp::ord_clamp": "core/src/cmp.rs:1102:9",     # (`Ord::clamp`'s assert)
    "char::from_digit": "core/src/char/convert.rs:332:9",
    "Iterator::step_by": "core/src/iter/adapters/step_by.rs:35:9",
    # `Vec::drain`'s bad ranges (std/vec.rs; rustc's `slice::index::range`).
    "std::vec::slice_index_order_fail": "core/src/slice/index.rs:1031:55",
    "std::vec::slice_end_index_len_fail": "core/src/slice/index.rs:1020:51",
    # (`Step::forward` of `RangeFrom::next`, expanded from a macro: column 1)
    "<std::ops::RangeFrom<A> as Iterator>::next": "core/src/iter/range.rs:434:1",
    # (`str::split_at`'s `slice_error_fail(self, 0, mid)`: std/str_more.rs)
    "str::split_at": "core/src/str/mod.rs:849:21",
}


def std_panic_location(fn_key: str) -> str | None:
    """`file:line:col` of a panic raised in std function `fn_key` (`i32::pow`), as rustc
    1.95 reports it; None when Ferrite does not know it."""
    if fn_key in _PANIC_SITES:
        return LIBRARY + _PANIC_SITES[fn_key]
    if fn_key.startswith("<") and (" as Sum" in fn_key or " as Product" in fn_key) \
            and fn_key[1:fn_key.index(" as ")] in _INT_IMPL_LINES:
        # An integer `Sum`/`Product` impl's overflow: its `integer_sum_product!` invocation.
        return LIBRARY + "core/src/iter/traits/accum.rs:204:1"
    ty = fn_key.split("::", 1)[0]
    line = _INT_IMPL_LINES.get(ty)
    if line is not None:
        return f"{LIBRARY}core/src/num/mod.rs:{line}:5"
    return None
