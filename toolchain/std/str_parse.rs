//! `core::str::FromStr` (what `str::parse` calls, toolchain/std/string.rs) and its impls
//! for the primitive types, with the errors of `core::num`, `core::str` and
//! `core::char`: their fields, `Debug` and `Display` texts are rustc's. Parsing numbers
//! is an intrinsic (interp/shims_parse.py), as rustc's `from_str_radix` and float
//! parsing are compiled code there.

pub trait FromStr {
    type Err;

    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl std::fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let text = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        };
        write!(f, "{}", text)
    }
}

impl std::error::Error for ParseIntError {}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl std::fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let text = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        write!(f, "{}", text)
    }
}

impl std::error::Error for ParseFloatError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl std::fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "provided string was not `true` or `false`")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl std::fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let text = match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        };
        write!(f, "{}", text)
    }
}

macro_rules! from_str_int {
    ($($T:ident)*) => {
        $(
            impl FromStr for $T {
                type Err = ParseIntError;

                #[ferrite::intrinsic = "parse_int"]
                fn from_str(src: &str) -> Result<$T, ParseIntError>;
            }
        )*
    };
}

from_str_int!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl FromStr for f32 {
    type Err = ParseFloatError;

    #[ferrite::intrinsic = "parse_float"]
    fn from_str(src: &str) -> Result<f32, ParseFloatError>;
}

impl FromStr for f64 {
    type Err = ParseFloatError;

    #[ferrite::intrinsic = "parse_float"]
    fn from_str(src: &str) -> Result<f64, ParseFloatError>;
}

impl FromStr for bool {
    type Err = ParseBoolError;

    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ParseBoolError),
        }
    }
}

impl FromStr for char {
    type Err = ParseCharError;

    #[ferrite::intrinsic = "parse_char"]
    fn from_str(s: &str) -> Result<char, ParseCharError>;
}
