//! `core::cmp`, as Ferrite models it: `Ordering` with its methods, and the free
//! functions `max` and `min`. Comparisons of the learner's values are still the
//! machine's structural ones (typeck/derive_cmp.py); the `Ord` bound of `max`/`min`
//! is checked like `Iterator::max`'s (typeck/iter_ord.py).

/// Equality comparisons (`==`, `!=`). Ferrite's impls all compare a type with itself:
/// `Rhs` is pinned to its default `Self` (resolve/traits.py), so `impl PartialEq<u32>
/// for Meters` is refused as unsupported. rustc's provided `ne` (and `PartialOrd`'s
/// `lt`, `le`, `gt`, `ge`) are not declared here: a learner's impl cannot override
/// them yet, and `a.ne(&b)` goes to `ord_ne` below (typeck/ord_methods.py).
pub trait PartialEq<Rhs: ?Sized = Self> {
    #[must_use]
    #[ferrite::must_use_path = "std::cmp::PartialEq::eq"]
    fn eq(&self, other: &Rhs) -> bool;
}

/// Equality that is an equivalence relation (a marker: no floats).
pub trait Eq: PartialEq<Self> {}

/// Comparisons for sort orders (`<`, `<=`, `>`, `>=`), `Rhs` pinned like `PartialEq`'s.
pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
    #[must_use]
    #[ferrite::must_use_path = "std::cmp::PartialOrd::partial_cmp"]
    fn partial_cmp(&self, other: &Rhs) -> Option<std::cmp::Ordering>;
}

/// A total order. Its provided `max`, `min` and `clamp` are inherent methods of the
/// primitive types here (below, std/num.rs).
pub trait Ord: Eq + PartialOrd<Self> {
    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ord::cmp"]
    fn cmp(&self, other: &Self) -> std::cmp::Ordering;
}

// rustc never trims this type's path (`std::sync::atomic::Ordering` shares its name):
// keyed and shown as `std::cmp::Ordering` (types.py UNTRIMMED_STD).
#[ferrite::full_path]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl std::cmp::Ordering {
    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_eq"]
    pub fn is_eq(self) -> bool {
        match self {
            std::cmp::Ordering::Equal => true,
            _ => false,
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_ne"]
    pub fn is_ne(self) -> bool {
        !self.is_eq()
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_lt"]
    pub fn is_lt(self) -> bool {
        match self {
            std::cmp::Ordering::Less => true,
            _ => false,
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_gt"]
    pub fn is_gt(self) -> bool {
        match self {
            std::cmp::Ordering::Greater => true,
            _ => false,
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_le"]
    pub fn is_le(self) -> bool {
        !self.is_gt()
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::is_ge"]
    pub fn is_ge(self) -> bool {
        !self.is_lt()
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::reverse"]
    pub fn reverse(self) -> std::cmp::Ordering {
        match self {
            std::cmp::Ordering::Less => std::cmp::Ordering::Greater,
            std::cmp::Ordering::Equal => std::cmp::Ordering::Equal,
            std::cmp::Ordering::Greater => std::cmp::Ordering::Less,
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::then"]
    pub fn then(self, other: std::cmp::Ordering) -> std::cmp::Ordering {
        match self {
            std::cmp::Ordering::Equal => other,
            _ => self,
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ordering::then_with"]
    pub fn then_with<F: FnOnce() -> std::cmp::Ordering>(self, f: F) -> std::cmp::Ordering {
        match self {
            std::cmp::Ordering::Equal => f(),
            _ => self,
        }
    }
}

// `Ord::cmp`, `PartialOrd::partial_cmp`, `max` and `min` of `char`, `bool`, `str` and
// `String`, as inherent methods until `Ord` is a trait of Ferrite's std (the
// integers' and floats' are in std/num.rs).
macro_rules! ord_by_ref {
    ($T:ty) => {
        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::cmp"]
        pub fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            if self < other {
                std::cmp::Ordering::Less
            } else if self == other {
                std::cmp::Ordering::Equal
            } else {
                std::cmp::Ordering::Greater
            }
        }

        #[must_use]
        #[ferrite::must_use_path = "std::cmp::PartialOrd::partial_cmp"]
        pub fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    };
}

macro_rules! ord_by_value {
    ($T:ty) => {
        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::max"]
        pub fn max(self, other: Self) -> Self {
            if other < self { self } else { other }
        }

        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::min"]
        pub fn min(self, other: Self) -> Self {
            if other < self { other } else { self }
        }
    };
}

impl char {
    ord_by_ref!(char);
    ord_by_value!(char);
}

impl bool {
    ord_by_ref!(bool);
    ord_by_value!(bool);
}

impl str {
    ord_by_ref!(str);
}

impl String {
    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ord::cmp"]
    pub fn cmp(&self, other: &String) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::PartialOrd::partial_cmp"]
    pub fn partial_cmp(&self, other: &String) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ord::max"]
    pub fn max(self, other: String) -> String {
        if other.as_str() < self.as_str() { self } else { other }
    }

    #[must_use]
    #[ferrite::must_use_path = "std::cmp::Ord::min"]
    pub fn min(self, other: String) -> String {
        if other.as_str() < self.as_str() { other } else { self }
    }
}

// rustc's `max<T: Ord>` and `min<T: Ord>`: the bound is checked at the call
// (typeck/cmp_fns.py); as rustc's `Ord::max`/`min`, they compare with `<`
// (`std::iter::lt`: a learner's `partial_cmp`, interp/shims_ord.py). Equal
// values: `max` returns the second, `min` the first, as rustc documents.
#[must_use]
#[ferrite::must_use_path = "std::cmp::max"]
pub fn max<T>(v1: T, v2: T) -> T {
    if std::iter::lt(&v2, &v1) { v1 } else { v2 }
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::min"]
pub fn min<T>(v1: T, v2: T) -> T {
    if std::iter::lt(&v2, &v1) { v2 } else { v1 }
}

// `Ord::cmp`, `max`, `min`, `clamp`, `PartialOrd::partial_cmp` (and its `lt`, `le`,
// `gt`, `ge`) and `PartialEq::eq` (and `ne`) called as methods on a learner's type (derived or written by hand) or on a bounded
// parameter (`T: Ord`): typeck/ord_methods.py sends such a call here. The comparisons
// follow the compared type (interp/shims_ord.py: the learner's `cmp`, `partial_cmp`,
// `eq` where it meets them). As rustc's defaults: `max`/`min` decide by `cmp` (equal
// values: `max` returns the second, `min` the first), `clamp` by `<=`, `<` and `>`.
#[must_use]
#[ferrite::must_use_path = "std::cmp::Ord::cmp"]
#[ferrite::intrinsic = "ord_cmp"]
pub fn ord_cmp<T>(a: &T, b: &T) -> std::cmp::Ordering;

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialOrd::partial_cmp"]
#[ferrite::intrinsic = "ord_partial_cmp"]
pub fn ord_partial_cmp<T>(a: &T, b: &T) -> Option<std::cmp::Ordering>;

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialEq::eq"]
#[ferrite::intrinsic = "ord_eq"]
pub fn ord_eq<T>(a: &T, b: &T) -> bool;

// The provided `ne`, `lt`, `le`, `gt` and `ge`, as rustc's defaults write them.
#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialEq::ne"]
pub fn ord_ne<T>(a: &T, b: &T) -> bool {
    !std::cmp::ord_eq(a, b)
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialOrd::lt"]
pub fn ord_lt<T>(a: &T, b: &T) -> bool {
    matches!(std::cmp::ord_partial_cmp(a, b), Some(std::cmp::Ordering::Less))
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialOrd::le"]
pub fn ord_le<T>(a: &T, b: &T) -> bool {
    matches!(std::cmp::ord_partial_cmp(a, b), Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal))
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialOrd::gt"]
pub fn ord_gt<T>(a: &T, b: &T) -> bool {
    matches!(std::cmp::ord_partial_cmp(a, b), Some(std::cmp::Ordering::Greater))
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::PartialOrd::ge"]
pub fn ord_ge<T>(a: &T, b: &T) -> bool {
    matches!(std::cmp::ord_partial_cmp(a, b), Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal))
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::Ord::max"]
pub fn ord_max<T>(v1: T, v2: T) -> T {
    match std::cmp::ord_cmp(&v1, &v2) {
        std::cmp::Ordering::Greater => v1,
        _ => v2,
    }
}

#[must_use]
#[ferrite::must_use_path = "std::cmp::Ord::min"]
pub fn ord_min<T>(v1: T, v2: T) -> T {
    match std::cmp::ord_cmp(&v1, &v2) {
        std::cmp::Ordering::Greater => v2,
        _ => v1,
    }
}

#[must_use]
#[ferrite::must_use_path = "clamp"]
pub fn ord_clamp<T>(v: T, min: T, max: T) -> T {
    let ok = match std::cmp::ord_partial_cmp(&min, &max) {
        Some(std::cmp::Ordering::Greater) => false,
        None => false,
        _ => true,
    };
    if !ok {
        panic!("assertion failed: min <= max");
    }
    match std::cmp::ord_partial_cmp(&v, &min) {
        Some(std::cmp::Ordering::Less) => min,
        _ => match std::cmp::ord_partial_cmp(&v, &max) {
            Some(std::cmp::Ordering::Greater) => max,
            _ => v,
        },
    }
}

// `std::cmp::Reverse`: the wrapped value's order turned around. Its `partial_cmp` and
// `cmp` are std's own impls (the machine runs them where a comparison meets the type,
// interp/shims_ord.py); equality, `Debug`, `Clone` are derived, as rustc's are.
#[derive(PartialEq, Eq, Debug, Copy, Clone, Default, Hash)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for std::cmp::Reverse<T> {
    fn partial_cmp(&self, other: &std::cmp::Reverse<T>) -> Option<std::cmp::Ordering> {
        std::cmp::ord_partial_cmp(&other.0, &self.0)
    }
}

impl<T: Ord> Ord for std::cmp::Reverse<T> {
    fn cmp(&self, other: &std::cmp::Reverse<T>) -> std::cmp::Ordering {
        std::cmp::ord_cmp(&other.0, &self.0)
    }
}
