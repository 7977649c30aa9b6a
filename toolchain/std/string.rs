//! `alloc::string::String` and the inherent methods of `str` (`core::str`), as
//! Ferrite models them. The machine holds a `String` and a `&str` alike as the text
//! itself, so `&String` becomes `&str` by reading the string (typeck/coerce_unsize.py)
//! and a mutation (`push_str`) stores new text into the `String`'s place
//! (interp/shims_string.py implements the intrinsics).

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct String {}

impl String {
    #[ferrite::intrinsic = "string_new"]
    pub fn new() -> String;

    #[ferrite::intrinsic = "string_new"]
    pub fn with_capacity(capacity: usize) -> String;

    #[ferrite::intrinsic = "string_push_str"]
    pub fn push_str(&mut self, string: &str);

    #[ferrite::intrinsic = "string_push"]
    pub fn push(&mut self, ch: char);

    #[ferrite::intrinsic = "string_pop"]
    pub fn pop(&mut self) -> Option<char>;

    #[ferrite::intrinsic = "string_as_str"]
    pub fn as_str(&self) -> &str;

    #[ferrite::intrinsic = "string_clear"]
    pub fn clear(&mut self);

    #[ferrite::confusables = "length size"]
    #[ferrite::intrinsic = "str_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<&str> for String {
    #[ferrite::intrinsic = "str_to_string"]
    fn from(s: &str) -> String;
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::new();
        s.push(c);
        s
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}

/// `alloc::string::ToString`: every type with `Display` has it, through rustc's blanket
/// impl (`impl<T: fmt::Display + ?Sized> ToString for T`; Ferrite's bounds take no
/// `?Sized` yet and require no `Sized` either, so `str` is covered).
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: std::fmt::Display> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}

impl str {
    #[ferrite::intrinsic = "str_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // `ToOwned::to_owned` in rustc.
    #[ferrite::intrinsic = "str_to_string"]
    pub fn to_owned(&self) -> String;

    #[ferrite::intrinsic = "str_to_uppercase"]
    pub fn to_uppercase(&self) -> String;

    #[ferrite::intrinsic = "str_to_lowercase"]
    pub fn to_lowercase(&self) -> String;

    #[ferrite::intrinsic = "str_trim"]
    pub fn trim(&self) -> &str;

    // (`FromStr` and its impls: std/str_parse.rs)
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    // rustc's take any `P: Pattern`; Ferrite's a `&str` until std has the trait.
    #[ferrite::intrinsic = "str_contains"]
    pub fn contains(&self, pat: &str) -> bool;

    #[ferrite::intrinsic = "str_starts_with"]
    pub fn starts_with(&self, pat: &str) -> bool;

    #[ferrite::intrinsic = "str_ends_with"]
    pub fn ends_with(&self, pat: &str) -> bool;
}
