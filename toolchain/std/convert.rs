//! `core::convert`, as Ferrite models it: the prelude's `From` and `Into` with rustc's
//! blanket impls (`Into` for every `From`, and the reflexive `From<T> for T`), and
//! the lossless numeric conversions rustc's `impl_from!` stamps (core/src/convert/num.rs),
//! stamped the same way here.

pub trait From<T> {
    #[must_use]
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}

// `Large: From<Small>` where every `Small` value is a `Large` value: `as` is exact.
macro_rules! impl_from {
    ($Small:ty => $($Large:ty),+) => {
        $(
            impl From<$Small> for $Large {
                fn from(small: $Small) -> $Large {
                    small as $Large
                }
            }
        )+
    };
}

// Unsigned to unsigned, signed to signed, unsigned to signed.
impl_from!(u8 => u16, u32, u64, u128, usize);
impl_from!(u16 => u32, u64, u128, usize);
impl_from!(u32 => u64, u128);
impl_from!(u64 => u128);
impl_from!(i8 => i16, i32, i64, i128, isize);
impl_from!(i16 => i32, i64, i128, isize);
impl_from!(i32 => i64, i128);
impl_from!(i64 => i128);
impl_from!(u8 => i16, i32, i64, i128, isize);
impl_from!(u16 => i32, i64, i128);
impl_from!(u32 => i64, i128);
impl_from!(u64 => i128);
// Integers to floats, and `f32` to `f64`.
impl_from!(i8 => f32, f64);
impl_from!(i16 => f32, f64);
impl_from!(i32 => f64);
impl_from!(u8 => f32, f64);
impl_from!(u16 => f32, f64);
impl_from!(u32 => f64);
impl_from!(f32 => f64);
// `bool` to integers, `char` to and from the integers that hold it.
impl_from!(bool => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);
impl_from!(char => u32, u64, u128);
impl_from!(u8 => char);

impl From<bool> for f32 {
    fn from(small: bool) -> f32 {
        if small { 1.0 } else { 0.0 }
    }
}

impl From<bool> for f64 {
    fn from(small: bool) -> f64 {
        if small { 1.0 } else { 0.0 }
    }
}

/// `core::convert::AsRef`: a cheap reference-to-reference conversion.
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

/// `core::convert::AsMut`: its mutable twin.
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

// rustc's blanket impls: a reference converts as what it points to.
impl<T: ?Sized + AsRef<U>, U: ?Sized> AsRef<U> for &T {
    fn as_ref(&self) -> &U {
        let inner: &T = *self;
        inner.as_ref()
    }
}

impl<T: ?Sized + AsRef<U>, U: ?Sized> AsRef<U> for &mut T {
    fn as_ref(&self) -> &U {
        let inner: &T = *self;
        inner.as_ref()
    }
}

impl<T: ?Sized + AsMut<U>, U: ?Sized> AsMut<U> for &mut T {
    fn as_mut(&mut self) -> &mut U {
        let inner: &mut T = *self;
        inner.as_mut()
    }
}

impl AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self
    }
}

impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T, const N: usize> AsRef<[T]> for [T; N] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> AsMut<[T]> for [T; N] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

// (alloc's: `b.as_ref()` on a `Box<dyn Trait>` gives the `&dyn Trait`)
impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}
