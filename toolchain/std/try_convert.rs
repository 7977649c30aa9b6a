//! `core::convert`'s fallible conversions, `TryFrom` and `TryInto` (module `std::convert`,
//! std/__init__.py's MODULES), with rustc's blanket `TryInto` for every `TryFrom` and the
//! integer conversions rustc's `try_from_int_impl!` stamps (core/src/convert/num.rs).
//! (Loaded after error.rs: std's `Error` trait keeps the name's first declaration.)

/// `core::convert::TryFrom`: a conversion that can fail, with its error type.
// (std declares both `: Sized`; Ferrite models no supertrait `Sized`, and every
// implementor here is sized.)
pub trait TryFrom<T> {
    type Error;

    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T> {
    type Error;

    fn try_into(self) -> Result<T, Self::Error>;
}

// rustc's blanket impl: `TryInto` for every `TryFrom`.
impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;

    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

// `Target: TryFrom<Source>` for every pair of integer types without a `From` above: the
// value converts when the round trip through `as` gives it back with the same sign.
macro_rules! impl_try_from_int {
    ($Source:ty => $($Target:ty),+) => {
        $(
            impl TryFrom<$Source> for $Target {
                type Error = std::num::TryFromIntError;

                fn try_from(value: $Source) -> Result<$Target, std::num::TryFromIntError> {
                    let r = value as $Target;
                    if r as $Source == value && (r < 0) == (value < 0) {
                        Ok(r)
                    } else {
                        Err(std::num::TryFromIntError(()))
                    }
                }
            }
        )+
    };
}

impl_try_from_int!(u8 => i8);
impl_try_from_int!(u16 => u8, i8, i16, isize);
impl_try_from_int!(u32 => u8, u16, usize, i8, i16, i32, isize);
impl_try_from_int!(u64 => u8, u16, u32, usize, i8, i16, i32, i64, isize);
impl_try_from_int!(u128 => u8, u16, u32, u64, usize, i8, i16, i32, i64, i128, isize);
impl_try_from_int!(usize => u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, isize);
impl_try_from_int!(i8 => u8, u16, u32, u64, u128, usize);
impl_try_from_int!(i16 => u8, u16, u32, u64, u128, usize, i8);
impl_try_from_int!(i32 => u8, u16, u32, u64, u128, usize, i8, i16, isize);
impl_try_from_int!(i64 => u8, u16, u32, u64, u128, usize, i8, i16, i32, isize);
impl_try_from_int!(i128 => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize);
impl_try_from_int!(isize => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128);

/// `core::convert::Infallible`: the error of a conversion that cannot fail (no value of
/// it exists).
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub enum Infallible {}

impl std::fmt::Display for Infallible {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Infallible {}

// rustc's blanket `impl<T, U: Into<T>> TryFrom<U> for T` (`Error = Infallible`), for the
// integer pairs with a lossless `From` and for each integer type itself: stamped per pair
// until the trait solver carries a blanket impl that overlaps the ones above.
macro_rules! impl_try_from_lossless {
    ($Source:ty => $($Target:ty),+) => {
        $(
            impl TryFrom<$Source> for $Target {
                type Error = Infallible;
                fn try_from(value: $Source) -> Result<$Target, Infallible> {
                    Ok(value as $Target)
                }
            }
        )+
    };
}

impl_try_from_lossless!(u8 => u8, u16, u32, u64, u128, usize, i16, i32, i64, i128, isize);
impl_try_from_lossless!(u16 => u16, u32, u64, u128, usize, i32, i64, i128);
impl_try_from_lossless!(u32 => u32, u64, u128, i64, i128);
impl_try_from_lossless!(u64 => u64, u128, i128);
impl_try_from_lossless!(u128 => u128);
impl_try_from_lossless!(usize => usize);
impl_try_from_lossless!(i8 => i8, i16, i32, i64, i128, isize);
impl_try_from_lossless!(i16 => i16, i32, i64, i128, isize);
impl_try_from_lossless!(i32 => i32, i64, i128);
impl_try_from_lossless!(i64 => i64, i128);
impl_try_from_lossless!(i128 => i128);
impl_try_from_lossless!(isize => isize);
