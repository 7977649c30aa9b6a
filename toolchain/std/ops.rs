//! `core::ops::Deref` and `DerefMut`, as Ferrite models them: `*x` on a type that is
//! neither a reference nor a box calls `deref` (`deref_mut` where the place is
//! written), and autoderef (method calls, field access, deref coercions) steps
//! through their impls (typeck/deref.py). A box derefs built in, as in rustc.
//!
//! `core::ops`'s ranges as values (`a..b`, `a..=b`, `a..`), as Ferrite models them.
//! A range expression is one of these structs (typeck/ranges.py); a `for` over a
//! range written in the loop head keeps the loop's fast path (typeck/check.py).
//! They iterate for integer and `char` bounds: rustc's unstable `Step` (std/iter.rs's `FerriteStep`).

pub trait Deref {
    type Target;

    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

/// `..end` as a value (not an iterator: it has no start).
#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

/// `..` as a value.
#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeFull;

/// An end of a range, as `RangeBounds` gives it.
#[ferrite::full_path]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

/// The ranges `Vec::drain` (and other std methods) take, whatever their kind. (rustc's
/// is `RangeBounds<T>`; Ferrite's bounds take no trait arguments, so `T` is an associated
/// type here: `R: RangeBounds<Idx = usize>`.)
pub trait RangeBounds {
    type Idx;
    fn start_bound(&self) -> std::ops::Bound<&Self::Idx>;
    fn end_bound(&self) -> std::ops::Bound<&Self::Idx>;
}

impl<T> RangeBounds for std::ops::Range<T> {
    type Idx = T;
    fn start_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Included(&self.start)
    }
    fn end_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds for std::ops::RangeInclusive<T> {
    type Idx = T;
    fn start_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Included(&self.start)
    }
    fn end_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Included(&self.end)
    }
}

impl<T> RangeBounds for std::ops::RangeFrom<T> {
    type Idx = T;
    fn start_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Included(&self.start)
    }
    fn end_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Unbounded
    }
}

impl<T> RangeBounds for std::ops::RangeTo<T> {
    type Idx = T;
    fn start_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Unbounded
    }
    fn end_bound(&self) -> std::ops::Bound<&T> {
        std::ops::Bound::Excluded(&self.end)
    }
}

impl RangeBounds for std::ops::RangeFull {
    type Idx = usize;
    fn start_bound(&self) -> std::ops::Bound<&usize> {
        std::ops::Bound::Unbounded
    }
    fn end_bound(&self) -> std::ops::Bound<&usize> {
        std::ops::Bound::Unbounded
    }
}

impl<A: FerriteStep> Iterator for std::ops::Range<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A: FerriteStep> DoubleEndedIterator for std::ops::Range<A> {
    #[ferrite::intrinsic = "range_next_back"]
    fn next_back(&mut self) -> Option<A>;
}

// rustc's `range_exact_iter_impl!`: the types whose every range length fits a `usize`.
macro_rules! range_exact_iter_impl {
    ($($T:ty)*) => {
        $(
            impl ExactSizeIterator for std::ops::Range<$T> {
                #[ferrite::intrinsic = "range_len"]
                fn len(&self) -> usize;
            }
        )*
    };
}

range_exact_iter_impl!(u8 u16 u32 usize i8 i16 i32 isize);

impl<A: FerriteStep> Iterator for std::ops::RangeInclusive<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_inclusive_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A: FerriteStep> DoubleEndedIterator for std::ops::RangeInclusive<A> {
    #[ferrite::intrinsic = "range_inclusive_next_back"]
    fn next_back(&mut self) -> Option<A>;
}

// rustc's `range_incl_exact_iter_impl!`: the wider types' lengths may not fit in a
// `usize`.
macro_rules! range_incl_exact_iter_impl {
    ($($T:ty)*) => {
        $(
            impl ExactSizeIterator for std::ops::RangeInclusive<$T> {
                fn len(&self) -> usize {
                    if self.exhausted || self.start > self.end {
                        0
                    } else {
                        (self.end as isize - self.start as isize) as usize + 1
                    }
                }
            }
        )*
    };
}

range_incl_exact_iter_impl!(u8 i8 u16 i16);

impl<A: FerriteStep> Iterator for std::ops::RangeFrom<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_from_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A> std::ops::Range<A> {
    // rustc's `contains<U>(&self, item: &U) where A: PartialOrd<U>, U: PartialOrd<A>`.
    #[ferrite::intrinsic = "range_contains"]
    pub fn contains(&self, item: &A) -> bool;

    #[ferrite::intrinsic = "range_is_empty"]
    pub fn is_empty(&self) -> bool;
}

impl<A> std::ops::RangeInclusive<A> {
    #[ferrite::intrinsic = "range_inclusive_contains"]
    pub fn contains(&self, item: &A) -> bool;

    #[ferrite::intrinsic = "range_inclusive_is_empty"]
    pub fn is_empty(&self) -> bool;

    #[ferrite::intrinsic = "range_start"]
    pub fn start(&self) -> &A;

    #[ferrite::intrinsic = "range_end"]
    pub fn end(&self) -> &A;
}

/// `core::ops::Drop`: the machine runs `drop` where rustc drops a value of a type that
/// implements it (mir/build_drops.py, interp/drops.py), before its fields' own drops.
pub trait Drop {
    fn drop(&mut self);
}

// The operator traits of `core::ops` (arith.rs, bit.rs, index.rs), with rustc's
// signatures: `a + b` on the learner's types calls `Add::add(a, b)` (typeck/op_overload.py,
// mir/build_overload.py). On primitive types the operators stay built in, as in rustc;
// the impls below (stamped like rustc's `add_impl!`) make their bounds hold
// (`T: Add<Output = T>` with `T = i32`) and run when a generic body calls them.

pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}

pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}

pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}

pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}

pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}

pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}

pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}

pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}

pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}

pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}

pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}

pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}

pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}

pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}

pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}

pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}

pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}

pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}

pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}

pub trait Index<Idx> {
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

macro_rules! binop_impl {
    ($Trait:ident, $method:ident, $op:tt, $($T:ty),+) => {
        $(
            impl $Trait for $T {
                type Output = $T;
                fn $method(self, rhs: $T) -> $T {
                    self $op rhs
                }
            }
        )+
    };
}

macro_rules! assign_impl {
    ($Trait:ident, $method:ident, $op:tt, $($T:ty),+) => {
        $(
            impl $Trait for $T {
                fn $method(&mut self, rhs: $T) {
                    *self $op rhs;
                }
            }
        )+
    };
}

macro_rules! unop_impl {
    ($Trait:ident, $method:ident, $op:tt, $($T:ty),+) => {
        $(
            impl $Trait for $T {
                type Output = $T;
                fn $method(self) -> $T {
                    $op self
                }
            }
        )+
    };
}

binop_impl!(Add, add, +, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
binop_impl!(Sub, sub, -, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
binop_impl!(Mul, mul, *, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
binop_impl!(Div, div, /, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
binop_impl!(Rem, rem, %, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
binop_impl!(BitAnd, bitand, &, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, bool);
binop_impl!(BitOr, bitor, |, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, bool);
binop_impl!(BitXor, bitxor, ^, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, bool);
assign_impl!(AddAssign, add_assign, +=, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
assign_impl!(SubAssign, sub_assign, -=, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
assign_impl!(MulAssign, mul_assign, *=, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
assign_impl!(DivAssign, div_assign, /=, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
assign_impl!(RemAssign, rem_assign, %=, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
unop_impl!(Neg, neg, -, i8, i16, i32, i64, i128, isize, f32, f64);
unop_impl!(Not, not, !, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, bool);
