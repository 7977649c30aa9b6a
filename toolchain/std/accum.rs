//! `core::iter::traits::accum` (`Sum`, `Product`) and their impls, as Ferrite models
//! them (module `std::iter`): for every number type over its values and references
//! to them, stamped by macros as rustc's are, and for `Option`/`Result`, which stop at
//! the first `None`/`Err` (std/collect.rs's shunts). An integer sum's overflow panics
//! at rustc's place for these macros (std_locations.py).

pub trait Sum<A = Self> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A = Self> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

macro_rules! sum_product {
    ($zero:expr, $one:expr => $($a:ty)*) => ($(
        impl Sum for $a {
            fn sum<I: Iterator<Item = $a>>(mut iter: I) -> $a {
                let mut acc: $a = $zero;
                while let Some(x) = iter.next() {
                    acc = acc + x;
                }
                acc
            }
        }

        impl<'a> Sum<&'a $a> for $a {
            fn sum<I: Iterator<Item = &'a $a>>(mut iter: I) -> $a {
                let mut acc: $a = $zero;
                while let Some(x) = iter.next() {
                    acc = acc + *x;
                }
                acc
            }
        }

        impl Product for $a {
            fn product<I: Iterator<Item = $a>>(mut iter: I) -> $a {
                let mut acc: $a = $one;
                while let Some(x) = iter.next() {
                    acc = acc * x;
                }
                acc
            }
        }

        impl<'a> Product<&'a $a> for $a {
            fn product<I: Iterator<Item = &'a $a>>(mut iter: I) -> $a {
                let mut acc: $a = $one;
                while let Some(x) = iter.next() {
                    acc = acc * *x;
                }
                acc
            }
        }
    )*);
}

sum_product! { 0, 1 => i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }
// (a float sum starts at `-0.0`, as rustc's does: an empty sum prints `-0`)
sum_product! { -0.0, 1.0 => f32 f64 }

impl<T, U: Sum<T>> Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut failed = false;
        let v: U = U::sum(std::iter::OptionShunt { iter, failed: &mut failed });
        if failed { None } else { Some(v) }
    }
}

impl<T, U: Product<T>> Product<Option<T>> for Option<U> {
    fn product<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut failed = false;
        let v: U = U::product(std::iter::OptionShunt { iter, failed: &mut failed });
        if failed { None } else { Some(v) }
    }
}

impl<T, E, U: Sum<T>> Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let v: U = U::sum(std::iter::ResultShunt { iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

impl<T, E, U: Product<T>> Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let v: U = U::product(std::iter::ResultShunt { iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}
