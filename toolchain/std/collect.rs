//! `core::iter::traits::collect` (`FromIterator`, `Extend`) and their impls for std's
//! collections, as Ferrite models them (module `std::iter`). rustc's `from_iter` and
//! `extend` take any `IntoIterator`; Ferrite's std has no `IntoIterator` trait yet, so
//! they take an `Iterator` (callers pass `.iter()`/`.into_iter()` as most code does).

pub trait FromIterator<A> {
    fn from_iter<I: Iterator<Item = A>>(iter: I) -> Self;
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> Vec<T> {
        let mut v = Vec::new();
        while let Some(x) = iter.next() {
            v.push(x);
        }
        v
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: Iterator<Item = char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(c);
        }
        s
    }
}
