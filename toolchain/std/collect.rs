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

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: Iterator<Item = &'a char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(*c);
        }
        s
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: Iterator<Item = &'a str>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(part) = iter.next() {
            s.push_str(part);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: Iterator<Item = String>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(part) = iter.next() {
            s.push_str(&part);
        }
        s
    }
}

// Collecting `Option`s (`Result`s) stops at the first `None` (`Err`), which becomes the
// result, as rustc's `iter::try_process` does: the items before it are collected into
// `V` through an adapter that ends there.
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: Iterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut failed = false;
        let v: V = V::from_iter(std::iter::OptionShunt { iter, failed: &mut failed });
        if failed { None } else { Some(v) }
    }
}

impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: Iterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut error = None;
        let v: V = V::from_iter(std::iter::ResultShunt { iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

/// The items of an iterator of `Option`s up to the first `None` (rustc's `GenericShunt`).
#[ferrite::full_path]
pub struct OptionShunt<'a, I> {
    iter: I,
    failed: &'a mut bool,
}

impl<'a, A, I: Iterator<Item = Option<A>>> Iterator for std::iter::OptionShunt<'a, I> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Some(x)) => Some(x),
            Some(None) => {
                *self.failed = true;
                None
            }
            None => None,
        }
    }
}

/// The items of an iterator of `Result`s up to the first `Err`, which it keeps.
#[ferrite::full_path]
pub struct ResultShunt<'a, I, E> {
    iter: I,
    error: &'a mut Option<E>,
}

impl<'a, A, E, I: Iterator<Item = Result<A, E>>> Iterator for std::iter::ResultShunt<'a, I, E> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Ok(x)) => Some(x),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}

/// `core::iter::Extend`: a collection takes the items of an iterator.
// rustc's `extend<I: IntoIterator<Item = A>>(&mut self, iter: I)`: Ferrite's std cannot
// bound `IntoIterator`'s item, so `X` is the argument and `I` its iterator, settled from
// `X` by typeck/extend_args.py (the bodies convert with `std::iter::into_iter_of`).
pub trait Extend<A> {
    fn extend<X, I: Iterator<Item = A>>(&mut self, iter: X);
}

impl<T> Extend<T> for Vec<T> {
    fn extend<X, I: Iterator<Item = T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.push(x);
        }
    }
}

impl<'a, T: Copy> Extend<&'a T> for Vec<T> {
    fn extend<X, I: Iterator<Item = &'a T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            // (`*x`: the machine copies by `T: Copy`, which its moves of a parameter do not see)
            self.push(std::iter::copy_value(x));
        }
    }
}

impl Extend<char> for String {
    fn extend<X, I: Iterator<Item = char>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(c) = iter.next() {
            self.push(c);
        }
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend<X, I: Iterator<Item = &'a char>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(c) = iter.next() {
            self.push(*c);
        }
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend<X, I: Iterator<Item = &'a str>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(s) = iter.next() {
            self.push_str(s);
        }
    }
}

impl Extend<String> for String {
    fn extend<X, I: Iterator<Item = String>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(s) = iter.next() {
            self.push_str(&s);
        }
    }
}
