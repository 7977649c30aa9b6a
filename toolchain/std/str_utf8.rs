//! `core::str::Utf8Error` and `core::str::from_utf8`: decoding bytes as UTF-8. The
//! decoding is an intrinsic (interp/shims_utf8.py); the error's fields, `Debug` and
//! `Display` texts are rustc's.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(len) => Some(len as usize),
            None => None,
        }
    }
}

impl std::fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self.error_len {
            Some(len) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", len, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

impl std::error::Error for Utf8Error {}

#[ferrite::intrinsic = "str_from_utf8"]
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
