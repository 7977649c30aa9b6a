//! `alloc::string::FromUtf8Error` and `String`'s constructors from bytes
//! (`from_utf8`, `from_utf8_lossy`), decoded by intrinsics (interp/shims_utf8.py).


#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: std::str::Utf8Error,
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn utf8_error(&self) -> std::str::Utf8Error {
        self.error
    }
}

impl std::fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", self.error)
    }
}

impl std::error::Error for FromUtf8Error {}

impl String {
    #[ferrite::intrinsic = "string_from_utf8"]
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;

    #[ferrite::intrinsic = "string_from_utf8_lossy"]
    #[must_use]
    #[ferrite::must_use_path = "String::from_utf8_lossy"]
    pub fn from_utf8_lossy(v: &[u8]) -> std::borrow::Cow<'_, str>;
}
