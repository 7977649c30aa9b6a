//! `alloc::string::String` and the inherent methods of `str` (`core::str`), as
//! Ferrite models them. The machine holds a `String` and a `&str` alike as the text
//! itself, so `&String` becomes `&str` by reading the string (typeck/coerce_unsize.py)
//! and a mutation (`push_str`) stores new text into the `String`'s place
//! (interp/shims_string.py implements the intrinsics).

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct String {}

impl String {
    #[ferrite::intrinsic = "string_new"]
    #[must_use]
    #[ferrite::must_use_path = "String::new"]
    pub fn new() -> String;

    #[ferrite::intrinsic = "string_new"]
    #[must_use]
    #[ferrite::must_use_path = "String::with_capacity"]
    pub fn with_capacity(capacity: usize) -> String;

    #[ferrite::intrinsic = "string_push_str"]
    pub fn push_str(&mut self, string: &str);

    #[ferrite::intrinsic = "string_push"]
    pub fn push(&mut self, ch: char);

    #[ferrite::intrinsic = "string_pop"]
    pub fn pop(&mut self) -> Option<char>;

    #[ferrite::intrinsic = "string_as_str"]
    #[must_use]
    #[ferrite::must_use_path = "String::as_str"]
    pub fn as_str(&self) -> &str;

    // rustc's `String` has its own `as_bytes` (`String::as_bytes` in its must_use
    // warning), beside `str`'s.
    #[ferrite::intrinsic = "str_as_bytes"]
    #[must_use]
    #[ferrite::must_use_path = "String::as_bytes"]
    pub fn as_bytes(&self) -> &[u8];

    #[ferrite::intrinsic = "string_clear"]
    pub fn clear(&mut self);

    #[ferrite::confusables = "length size"]
    #[ferrite::intrinsic = "str_len"]
    #[must_use]
    #[ferrite::must_use_path = "String::len"]
    pub fn len(&self) -> usize;

    #[must_use]
    #[ferrite::must_use_path = "String::is_empty"]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // The UTF-8 bytes, owned. (rustc's is `#[must_use]`; Ferrite has no must_use lint on
    // functions yet.)
    #[ferrite::intrinsic = "string_into_bytes"]
    #[must_use = "`self` will be dropped if the result is not used"]
    #[ferrite::must_use_path = "String::into_bytes"]
    pub fn into_bytes(self) -> Vec<u8>;
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
/// impl (`?Sized`: `str` is covered, typeck/blanket_select.py).
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: std::fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}

impl str {
    #[ferrite::intrinsic = "str_len"]
    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::len"]
    pub fn len(&self) -> usize;

    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::is_empty"]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // `ToOwned::to_owned` in rustc.
    #[ferrite::intrinsic = "str_to_string"]
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    #[ferrite::must_use_path = "to_owned"]
    pub fn to_owned(&self) -> String;

    #[ferrite::intrinsic = "str_to_uppercase"]
    #[must_use = "this returns the uppercase string as a new String, without modifying the original"]
    #[ferrite::must_use_path = "str::<impl str>::to_uppercase"]
    pub fn to_uppercase(&self) -> String;

    #[ferrite::intrinsic = "str_to_lowercase"]
    #[must_use = "this returns the lowercase string as a new String, without modifying the original"]
    #[ferrite::must_use_path = "str::<impl str>::to_lowercase"]
    pub fn to_lowercase(&self) -> String;

    #[ferrite::intrinsic = "str_trim"]
    #[must_use = "this returns the trimmed string as a slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim"]
    pub fn trim(&self) -> &str;

    // Only ASCII letters change (char::to_ascii_uppercase), as in rustc.
    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[ferrite::must_use_path = "str::<impl str>::to_ascii_uppercase"]
    pub fn to_ascii_uppercase(&self) -> String {
        let mut out = String::new();
        for c in self.chars() {
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[ferrite::must_use_path = "str::<impl str>::to_ascii_lowercase"]
    pub fn to_ascii_lowercase(&self) -> String {
        let mut out = String::new();
        for c in self.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::eq_ignore_ascii_case"]
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut theirs = other.bytes();
        for b in self.bytes() {
            match theirs.next() {
                Some(o) => {
                    if !b.eq_ignore_ascii_case(&o) {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }

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

    // The byte index of the first (last) match.
    #[ferrite::intrinsic = "str_find"]
    pub fn find(&self, pat: &str) -> Option<usize>;

    #[ferrite::intrinsic = "str_rfind"]
    pub fn rfind(&self, pat: &str) -> Option<usize>;

    #[ferrite::intrinsic = "str_replace"]
    #[must_use = "this returns the replaced string as a new allocation, without modifying the original"]
    #[ferrite::must_use_path = "str::<impl str>::replace"]
    pub fn replace(&self, from: &str, to: &str) -> String;

    #[ferrite::intrinsic = "str_split_once"]
    pub fn split_once(&self, delimiter: &str) -> Option<(&str, &str)>;

    #[ferrite::intrinsic = "str_strip_prefix"]
    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_prefix"]
    pub fn strip_prefix(&self, prefix: &str) -> Option<&str>;

    #[ferrite::intrinsic = "str_strip_suffix"]
    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_suffix"]
    pub fn strip_suffix(&self, suffix: &str) -> Option<&str>;

    #[ferrite::intrinsic = "str_trim_start"]
    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_start"]
    pub fn trim_start(&self) -> &str;

    #[ferrite::intrinsic = "str_trim_end"]
    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_end"]
    pub fn trim_end(&self) -> &str;

    #[ferrite::intrinsic = "str_repeat"]
    #[must_use]
    #[ferrite::must_use_path = "str::<impl str>::repeat"]
    pub fn repeat(&self, n: usize) -> String;

    #[ferrite::intrinsic = "str_is_char_boundary"]
    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::is_char_boundary"]
    pub fn is_char_boundary(&self, index: usize) -> bool;

    // The UTF-8 bytes (a fresh copy: a `str` is text to the machine, never mutated
    // through these shared bytes).
    #[ferrite::intrinsic = "str_as_bytes"]
    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::as_bytes"]
    pub fn as_bytes(&self) -> &[u8];
    // Iterators (std/str.rs).
    #[ferrite::intrinsic = "str_iter_chars"]
    pub fn chars(&self) -> std::str::Chars;

    #[ferrite::intrinsic = "str_iter_char_indices"]
    pub fn char_indices(&self) -> std::str::CharIndices;

    #[ferrite::intrinsic = "str_iter_bytes"]
    pub fn bytes(&self) -> std::str::Bytes;

    #[ferrite::intrinsic = "str_iter_split_whitespace"]
    #[must_use = "this returns the split string as an iterator, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::split_whitespace"]
    pub fn split_whitespace(&self) -> std::str::SplitWhitespace;

    #[ferrite::intrinsic = "str_iter_lines"]
    pub fn lines(&self) -> std::str::Lines;

    // rustc's takes any `P: Pattern`; Ferrite's a `char` or text (std_probe.py).
    #[ferrite::intrinsic = "str_iter_split"]
    pub fn split<P>(&self, pat: P) -> std::str::Split<P>;

    #[ferrite::intrinsic = "str_rsplit_once"]
    pub fn rsplit_once(&self, delimiter: &str) -> Option<(&str, &str)>;

    #[ferrite::intrinsic = "str_iter_rsplit"]
    pub fn rsplit<P>(&self, pat: P) -> std::str::RSplit<P>;

    #[ferrite::intrinsic = "str_iter_splitn"]
    pub fn splitn<P>(&self, n: usize, pat: P) -> std::str::SplitN<P>;

    #[ferrite::intrinsic = "str_iter_rsplitn"]
    pub fn rsplitn<P>(&self, n: usize, pat: P) -> std::str::RSplitN<P>;

    #[ferrite::intrinsic = "str_iter_split_terminator"]
    pub fn split_terminator<P>(&self, pat: P) -> std::str::SplitTerminator<P>;

    #[ferrite::intrinsic = "str_iter_split_inclusive"]
    pub fn split_inclusive<P>(&self, pat: P) -> std::str::SplitInclusive<P>;

    #[ferrite::intrinsic = "str_iter_matches"]
    pub fn matches<P>(&self, pat: P) -> std::str::Matches<P>;
}

// `s[lo..hi]` / `s[lo..]` of a `str` or `String`: what `Index<Range<usize>>` for `str`
// does, called by lowered code (mir/build_collections.py), never by name. The indices
// are byte offsets and must fall on char boundaries.
#[track_caller]
#[ferrite::intrinsic = "str_index_range"]
pub fn index_range(s: &str, lo: usize, hi: usize) -> &str;

#[track_caller]
#[ferrite::intrinsic = "str_index_range"]
pub fn index_range_from(s: &str, lo: usize) -> &str;

#[track_caller]
#[ferrite::intrinsic = "str_index_range_inclusive"]
pub fn index_range_inclusive(s: &str, lo: usize, hi: usize) -> &str;

// rustc's `impl Deref for String` (`Target = str`). The type checker and the machine
// deref a `String` built in (typeck/deref.py); this impl is what a `T: Deref` bound
// sees: `<String as Deref>::Target` and `x.deref()` through the bound.
impl std::ops::Deref for String {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}
