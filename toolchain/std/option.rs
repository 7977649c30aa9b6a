//! `core::option`, as Ferrite models it: the prelude's `Option` with `Some` and `None`.
//! The bodies are plain Rust that Ferrite's own phases check and its machine runs.

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    // `<Option<T> as IntoIterator>::into_iter`: its one value, if any.
    pub fn into_iter(self) -> std::option::IntoIter<T> {
        std::option::IntoIter { inner: self }
    }

    #[must_use = "if you intended to assert that this has a value, consider `.unwrap()` instead"]
    #[ferrite::must_use_path = "Option::<T>::is_some"]
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    #[must_use = "if you intended to assert that this doesn't have a value, consider wrapping this in an `assert!()` instead"]
    #[ferrite::must_use_path = "Option::<T>::is_none"]
    pub fn is_none(&self) -> bool {
        !self.is_some()
    }

    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }

    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(val) => val,
            None => panic!("{}", msg),
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(val) => val,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Some(x) => x,
            None => T::default(),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(x) => x,
            None => default,
        }
    }

    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }

    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }

    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => optb,
        }
    }

    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (a @ Some(_), None) => a,
            (None, b @ Some(_)) => b,
            _ => None,
        }
    }

    #[must_use = "if you intended to set a value, consider assignment instead"]
    #[ferrite::must_use_path = "Option::<T>::insert"]
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if let None = self {
            *self = Some(value);
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn take(&mut self) -> Option<T> {
        std::mem::replace(self, None)
    }

    pub fn replace(&mut self, value: T) -> Option<T> {
        std::mem::replace(self, Some(value))
    }

    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }

    #[must_use = "if you don't need the returned value, use `if let` instead"]
    #[ferrite::must_use_path = "Option::<T>::map_or"]
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default(),
        }
    }

    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err()),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }

    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        if let Some(x) = self {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => f(),
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "Option::<T>::is_some_and"]
    pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool {
        match self {
            None => false,
            Some(x) => f(x),
        }
    }

    #[must_use]
    #[ferrite::must_use_path = "Option::<T>::is_none_or"]
    pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool {
        match self {
            None => true,
            Some(x) => f(x),
        }
    }

    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = self {
            *self = Some(f());
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T> {
        let hit = match self {
            Some(x) => predicate(x),
            None => false,
        };
        if hit { self.take() } else { None }
    }

    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T> {
        if let Some(x) = &self {
            f(x);
        }
        self
    }

    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }
}

// rustc's `impl<T> Option<&T>` (`copied` where `T: Copy`, `cloned` where `T: Clone`): the
// value behind the reference is copied by the machine (typeck/option_copied.py refuses the
// types whose `Clone` is not a plain copy, as `Iterator::cloned`).
impl<T> Option<&T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }

    pub fn cloned(self) -> Option<T> {
        match self {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }
}

// rustc's `as_deref` (`impl<T: Deref> Option<T>`) for the `Deref` learners meet most in an
// `Option`: `String` to `str` (one inherent method name per type: not yet `Vec`'s too).
impl Option<String> {
    pub fn as_deref(&self) -> Option<&str> {
        match self {
            Some(s) => Some(s.as_str()),
            None => None,
        }
    }
}

// rustc's one generic `as_deref` / `as_deref_mut` for the other `Deref` types an
// `Option` commonly holds, under hidden names that typeck/option_deref.py routes a call
// to by the option's argument (an inherent method name has one impl per type here).
impl<T> Option<Vec<T>> {
    pub fn ferrite_as_deref_vec(&self) -> Option<&[T]> {
        match self {
            Some(v) => Some(v.as_slice()),
            None => None,
        }
    }

    pub fn ferrite_as_deref_mut_vec(&mut self) -> Option<&mut [T]> {
        match self {
            Some(v) => Some(v.as_mut_slice()),
            None => None,
        }
    }
}

impl<T> Option<Box<T>> {
    pub fn ferrite_as_deref_box(&self) -> Option<&T> {
        match self {
            Some(b) => Some(&**b),
            None => None,
        }
    }

    pub fn ferrite_as_deref_mut_box(&mut self) -> Option<&mut T> {
        match self {
            Some(b) => Some(&mut **b),
            None => None,
        }
    }
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

/// The iterator of `Option`'s `IntoIterator` (for `flatten` and `flat_map`): its one
/// value, if any.
#[ferrite::full_path]
pub struct IntoIter<T> {
    inner: Option<T>,
}

impl<T> Iterator for std::option::IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }
}

impl<T> DoubleEndedIterator for std::option::IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.take()
    }
}
