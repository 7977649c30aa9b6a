//! `core::borrow::Borrow`: a type that can be viewed as a reference to another, with
//! equal `Hash`/`Eq`/`Ord` (why `HashMap<String, V>::get` takes a `&str`).

pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}

impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T {
        self
    }
}

impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl Borrow<str> for String {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

/// `alloc::borrow::ToOwned`: the owned form of a borrowed type (`str` -> `String`).
pub trait ToOwned {
    type Owned;

    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    fn to_owned(&self) -> Self::Owned;
}

impl ToOwned for str {
    type Owned = String;

    fn to_owned(&self) -> String {
        String::from(self)
    }
}

impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;

    #[ferrite::intrinsic = "slice_to_vec"]
    fn to_owned(&self) -> Vec<T>;
}

use std::ops::Deref;

// rustc's blanket impl: every `Clone` type is its own owned form. It does not overlap the
// two above: `str` and `[T]` are not `Sized`, and `T` here is (typeck/blanket_select.py).
impl<T: Clone> ToOwned for T {
    type Owned = T;

    fn to_owned(&self) -> T {
        self.clone()
    }
}

/// `alloc::borrow::Cow`: clone-on-write, a borrowed value or its owned form.
pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}

impl<B: ?Sized + ToOwned> Cow<'_, B> {
    pub fn into_owned(self) -> <B as ToOwned>::Owned {
        match self {
            Cow::Borrowed(b) => b.to_owned(),
            Cow::Owned(o) => o,
        }
    }

    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned {
        if let Cow::Borrowed(b) = *self {
            *self = Cow::Owned(b.to_owned());
        }
        match self {
            Cow::Borrowed(_) => unreachable!(),
            Cow::Owned(o) => o,
        }
    }
}

// (rustc's `B::Owned: Borrow<B>`, a bound on `ToOwned::Owned`, lets its body borrow the
// owned value; the machine does it: interp/shims_cow.py)
impl<B: ?Sized + ToOwned> Deref for Cow<'_, B> {
    type Target = B;

    #[ferrite::intrinsic = "cow_deref"]
    fn deref(&self) -> &B;
}

// (`Display`/`Debug` forward to `B`'s, as rustc's impls do, with the caller's width and
// fill: the machine's formatting does it, interp/fmt.py `_cow_inner`)

impl<B: ?Sized + ToOwned> Clone for Cow<'_, B> {
    fn clone(&self) -> Self {
        match self {
            Cow::Borrowed(b) => Cow::Borrowed(*b),
            Cow::Owned(_) => {
                let b: &B = self;
                Cow::Owned(b.to_owned())
            }
        }
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Cow::Owned(v)
    }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Cow::Borrowed(s)
    }
}

