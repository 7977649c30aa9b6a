//! `core::num` and the float modules, as Ferrite models them: the inherent methods of
//! the integer and float types. Like rustc's `int_impl!` / `uint_impl!`, one macro
//! stamps the methods for every integer type. Bodies are plain Rust where Rust can say
//! it (their overflow checks are the learner's debug-mode checks, as rustc's
//! `#[rustc_inherit_overflow_checks]`); what rustc implements with compiler intrinsics
//! is an intrinsic here too (interp/shims_num.py).

macro_rules! int_common {
    ($T:ident) => {
        // `Ord::cmp` and `PartialOrd::partial_cmp` of the integers (std/cmp.rs), as
        // inherent methods until `Ord` is a trait of Ferrite's std.
        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::cmp"]
        pub fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            if *self < *other {
                std::cmp::Ordering::Less
            } else if *self == *other {
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

        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::min"]
        pub fn min(self, other: Self) -> Self {
            if other < self { other } else { self }
        }

        #[must_use]
        #[ferrite::must_use_path = "std::cmp::Ord::max"]
        pub fn max(self, other: Self) -> Self {
            if other < self { self } else { other }
        }

        #[track_caller]
        #[must_use]
        #[ferrite::must_use_path = "clamp"]
        pub fn clamp(self, min: Self, max: Self) -> Self {
            assert!(min <= max, "min > max. min = {:?}, max = {:?}", min, max);
            if self < min {
                min
            } else if self > max {
                max
            } else {
                self
            }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::pow"]
        pub fn pow(self, mut exp: u32) -> Self {
            if exp == 0 {
                return 1;
            }
            let mut base = self;
            let mut acc: $T = 1;
            loop {
                if (exp & 1) == 1 {
                    acc = acc * base;
                    if exp == 1 {
                        return acc;
                    }
                }
                exp /= 2;
                base = base * base;
            }
        }

        #[track_caller]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::rem_euclid"]
        pub fn rem_euclid(self, rhs: Self) -> Self {
            let r = self % rhs;
            if r < 0 { r.wrapping_add(rhs.wrapping_abs()) } else { r }
        }

        #[track_caller]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::div_euclid"]
        pub fn div_euclid(self, rhs: Self) -> Self {
            let q = self / rhs;
            if self % rhs < 0 {
                return if rhs > 0 { q - 1 } else { q + 1 };
            }
            q
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_add"]
        pub fn checked_add(self, rhs: Self) -> Option<Self> {
            let (r, o) = self.overflowing_add(rhs);
            if o { None } else { Some(r) }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_sub"]
        pub fn checked_sub(self, rhs: Self) -> Option<Self> {
            let (r, o) = self.overflowing_sub(rhs);
            if o { None } else { Some(r) }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_mul"]
        pub fn checked_mul(self, rhs: Self) -> Option<Self> {
            let (r, o) = self.overflowing_mul(rhs);
            if o { None } else { Some(r) }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_div"]
        pub fn checked_div(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                return None;
            }
            let (r, o) = self.overflowing_div(rhs);
            if o { None } else { Some(r) }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_rem"]
        pub fn checked_rem(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                return None;
            }
            let (r, o) = self.overflowing_rem(rhs);
            if o { None } else { Some(r) }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::checked_pow"]
        pub fn checked_pow(self, exp: u32) -> Option<Self> {
            let mut acc: $T = 1;
            let mut i = 0;
            while i < exp {
                match acc.checked_mul(self) {
                    Some(v) => acc = v,
                    None => return None,
                }
                i += 1;
            }
            Some(acc)
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::saturating_add"]
        pub fn saturating_add(self, rhs: Self) -> Self {
            match self.checked_add(rhs) {
                Some(v) => v,
                None => if rhs > 0 { $T::MAX } else { $T::MIN },
            }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::saturating_sub"]
        pub fn saturating_sub(self, rhs: Self) -> Self {
            match self.checked_sub(rhs) {
                Some(v) => v,
                None => if rhs > 0 { $T::MIN } else { $T::MAX },
            }
        }

        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::saturating_mul"]
        pub fn saturating_mul(self, rhs: Self) -> Self {
            match self.checked_mul(rhs) {
                Some(v) => v,
                None => if (self < 0) == (rhs < 0) { $T::MAX } else { $T::MIN },
            }
        }

        #[ferrite::intrinsic = "int_wrapping_add"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::wrapping_add"]
        pub fn wrapping_add(self, rhs: Self) -> Self;

        #[ferrite::intrinsic = "int_wrapping_sub"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::wrapping_sub"]
        pub fn wrapping_sub(self, rhs: Self) -> Self;

        #[ferrite::intrinsic = "int_wrapping_mul"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::wrapping_mul"]
        pub fn wrapping_mul(self, rhs: Self) -> Self;

        #[ferrite::intrinsic = "int_overflowing_add"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::overflowing_add"]
        pub fn overflowing_add(self, rhs: Self) -> (Self, bool);

        #[ferrite::intrinsic = "int_overflowing_sub"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::overflowing_sub"]
        pub fn overflowing_sub(self, rhs: Self) -> (Self, bool);

        #[ferrite::intrinsic = "int_overflowing_mul"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::overflowing_mul"]
        pub fn overflowing_mul(self, rhs: Self) -> (Self, bool);

        #[ferrite::intrinsic = "int_overflowing_div"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::overflowing_div"]
        pub fn overflowing_div(self, rhs: Self) -> (Self, bool);

        #[ferrite::intrinsic = "int_overflowing_rem"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::overflowing_rem"]
        pub fn overflowing_rem(self, rhs: Self) -> (Self, bool);

        #[ferrite::intrinsic = "int_count_ones"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::count_ones"]
        pub fn count_ones(self) -> u32;

        #[ferrite::intrinsic = "int_count_zeros"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::count_zeros"]
        pub fn count_zeros(self) -> u32;

        #[ferrite::intrinsic = "int_leading_zeros"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::leading_zeros"]
        pub fn leading_zeros(self) -> u32;

        #[ferrite::intrinsic = "int_trailing_zeros"]
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[ferrite::must_use_path = "core::num::<impl {Self}>::trailing_zeros"]
        pub fn trailing_zeros(self) -> u32;
    };
}

macro_rules! int_impl {
    ($T:ident, $U:ident) => {
        impl $T {
            int_common!($T);

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::abs"]
            pub fn abs(self) -> Self {
                if self < 0 { -self } else { self }
            }

            #[ferrite::intrinsic = "int_wrapping_abs"]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::wrapping_abs"]
            pub fn wrapping_abs(self) -> Self;

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::unsigned_abs"]
            pub fn unsigned_abs(self) -> $U {
                self.wrapping_abs() as $U
            }

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::abs_diff"]
            pub fn abs_diff(self, other: Self) -> $U {
                if self < other {
                    (other as $U).wrapping_sub(self as $U)
                } else {
                    (self as $U).wrapping_sub(other as $U)
                }
            }

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::signum"]
            pub fn signum(self) -> Self {
                if self < 0 {
                    -1
                } else if self == 0 {
                    0
                } else {
                    1
                }
            }

            #[must_use]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::is_positive"]
            pub fn is_positive(self) -> bool {
                self > 0
            }

            #[must_use]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::is_negative"]
            pub fn is_negative(self) -> bool {
                self < 0
            }
        }
    };
}

macro_rules! uint_impl {
    ($T:ident) => {
        impl $T {
            int_common!($T);

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::abs_diff"]
            pub fn abs_diff(self, other: Self) -> Self {
                if self < other { other - self } else { self - other }
            }

            #[must_use]
            #[ferrite::must_use_path = "core::num::<impl {Self}>::is_power_of_two"]
            pub fn is_power_of_two(self) -> bool {
                self.count_ones() == 1
            }
        }
    };
}

int_impl!(i8, u8);
int_impl!(i16, u16);
int_impl!(i32, u32);
int_impl!(i64, u64);
int_impl!(i128, u128);
int_impl!(isize, usize);
uint_impl!(u8);
uint_impl!(u16);
uint_impl!(u32);
uint_impl!(u64);
uint_impl!(u128);
uint_impl!(usize);

// `u8`'s ASCII methods (rustc's `impl u8` in core/src/num/mod.rs), as `char`'s.
impl u8 {
    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii"]
    pub fn is_ascii(&self) -> bool {
        *self <= 0x7F
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_alphabetic"]
    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_uppercase"]
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_lowercase"]
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_alphanumeric"]
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_digit"]
    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_hexdigit"]
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= b'a' && *self <= b'f') || (*self >= b'A' && *self <= b'F')
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_punctuation"]
    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self;
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E)
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_graphic"]
    pub fn is_ascii_graphic(&self) -> bool {
        *self >= 0x21 && *self <= 0x7E
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_whitespace"]
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == 0x0C || *self == b'\r'
    }

    #[must_use]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::is_ascii_control"]
    pub fn is_ascii_control(&self) -> bool {
        *self <= 0x1F || *self == 0x7F
    }

    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::to_ascii_uppercase"]
    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }

    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[ferrite::must_use_path = "core::num::<impl {Self}>::to_ascii_lowercase"]
    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }

    pub fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
}

macro_rules! float_impl {
    ($T:ident) => {
        impl $T {
            // `PartialOrd::partial_cmp`: `None` when either side is NaN.
            #[must_use]
            #[ferrite::must_use_path = "std::cmp::PartialOrd::partial_cmp"]
            pub fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                if *self < *other {
                    Some(std::cmp::Ordering::Less)
                } else if *self > *other {
                    Some(std::cmp::Ordering::Greater)
                } else if *self == *other {
                    Some(std::cmp::Ordering::Equal)
                } else {
                    None
                }
            }

            #[ferrite::intrinsic = "float_abs"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::abs"]
            pub fn abs(self) -> Self;

            #[ferrite::intrinsic = "float_sqrt"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::sqrt"]
            pub fn sqrt(self) -> Self;

            #[ferrite::intrinsic = "float_powi"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::powi"]
            pub fn powi(self, n: i32) -> Self;

            #[ferrite::intrinsic = "float_powf"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::powf"]
            pub fn powf(self, n: Self) -> Self;

            #[ferrite::intrinsic = "float_floor"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::floor"]
            pub fn floor(self) -> Self;

            #[ferrite::intrinsic = "float_ceil"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::ceil"]
            pub fn ceil(self) -> Self;

            #[ferrite::intrinsic = "float_round"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::round"]
            pub fn round(self) -> Self;

            #[ferrite::intrinsic = "float_trunc"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::trunc"]
            pub fn trunc(self) -> Self;

            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::fract"]
            pub fn fract(self) -> Self {
                self - self.trunc()
            }

            #[ferrite::intrinsic = "float_min"]
            #[must_use = "this returns the result of the comparison, without modifying either input"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::min"]
            pub fn min(self, other: Self) -> Self;

            #[ferrite::intrinsic = "float_max"]
            #[must_use = "this returns the result of the comparison, without modifying either input"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::max"]
            pub fn max(self, other: Self) -> Self;

            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::clamp"]
            pub fn clamp(mut self, min: Self, max: Self) -> Self {
                assert!(min <= max, "min > max, or either was NaN. min = {:?}, max = {:?}", min, max);
                if self < min {
                    self = min;
                }
                if self > max {
                    self = max;
                }
                self
            }

            #[must_use]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::is_nan"]
            pub fn is_nan(self) -> bool {
                self != self
            }

            #[must_use]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::is_infinite"]
            pub fn is_infinite(self) -> bool {
                self == $T::INFINITY || self == $T::NEG_INFINITY
            }

            #[must_use]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::is_finite"]
            pub fn is_finite(self) -> bool {
                self.abs() < $T::INFINITY
            }

            #[ferrite::intrinsic = "float_is_sign_negative"]
            #[must_use]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::is_sign_negative"]
            pub fn is_sign_negative(self) -> bool;

            #[must_use]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::is_sign_positive"]
            pub fn is_sign_positive(self) -> bool {
                !self.is_sign_negative()
            }

            #[ferrite::intrinsic = "float_signum"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::signum"]
            pub fn signum(self) -> Self;

            #[ferrite::intrinsic = "float_copysign"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::copysign"]
            pub fn copysign(self, sign: Self) -> Self;

            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::recip"]
            pub fn recip(self) -> Self {
                1.0 / self
            }

            #[ferrite::intrinsic = "float_mul_add"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::mul_add"]
            pub fn mul_add(self, a: Self, b: Self) -> Self;

            #[ferrite::intrinsic = "float_exp"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::exp"]
            pub fn exp(self) -> Self;

            #[ferrite::intrinsic = "float_ln"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::ln"]
            pub fn ln(self) -> Self;

            #[ferrite::intrinsic = "float_log10"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::log10"]
            pub fn log10(self) -> Self;

            #[ferrite::intrinsic = "float_log2"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::log2"]
            pub fn log2(self) -> Self;

            #[ferrite::intrinsic = "float_sin"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::sin"]
            pub fn sin(self) -> Self;

            #[ferrite::intrinsic = "float_cos"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::cos"]
            pub fn cos(self) -> Self;

            #[ferrite::intrinsic = "float_tan"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::tan"]
            pub fn tan(self) -> Self;

            #[ferrite::intrinsic = "float_atan2"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::atan2"]
            pub fn atan2(self, other: Self) -> Self;

            #[ferrite::intrinsic = "float_to_degrees"]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::to_degrees"]
            pub fn to_degrees(self) -> Self;

            #[ferrite::intrinsic = "float_to_radians"]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[ferrite::must_use_path = "core::{Self}::<impl {Self}>::to_radians"]
            pub fn to_radians(self) -> Self;

            #[ferrite::intrinsic = "float_hypot"]
            #[must_use = "method returns a new number and does not mutate the original value"]
            #[ferrite::must_use_path = "{Self}::<impl {Self}>::hypot"]
            pub fn hypot(self, other: Self) -> Self;
        }
    };
}

float_impl!(f32);
float_impl!(f64);

/// The error of a failed integer conversion (`core::num::TryFromIntError`); its `Debug`
/// is rustc's `TryFromIntError(())`.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl std::fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "out of range integral type conversion attempted")
    }
}

impl std::error::Error for TryFromIntError {}

