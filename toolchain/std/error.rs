//! `core::error::Error`, as Ferrite models it: the trait with its default `source`.
//! (`description`, `cause` and `provide` are deprecated or unstable; not declared.)

pub trait Error: std::fmt::Debug + std::fmt::Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }
}

// What `Box<dyn Error>::from(String)` boxes: rustc's private `StringError`, whose
// Debug is the string's and Display the text.
struct StringError(String);

impl std::fmt::Debug for StringError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl std::fmt::Display for StringError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Error for StringError {}

impl From<String> for Box<dyn Error> {
    fn from(err: String) -> Box<dyn Error> {
        Box::new(StringError(err))
    }
}

impl From<&str> for Box<dyn Error> {
    fn from(err: &str) -> Box<dyn Error> {
        Box::new(StringError(String::from(err)))
    }
}

// rustc's `From` impls into the sendable trait object (`Box<dyn Error + Send + Sync>`),
// boxing the same `StringError`.
impl From<String> for Box<dyn Error + Send + Sync> {
    fn from(err: String) -> Box<dyn Error + Send + Sync> {
        Box::new(StringError(err))
    }
}

impl From<&str> for Box<dyn Error + Send + Sync> {
    fn from(err: &str) -> Box<dyn Error + Send + Sync> {
        Box::new(StringError(String::from(err)))
    }
}
