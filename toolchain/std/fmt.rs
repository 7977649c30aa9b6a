//! `core::fmt`, the part that is Rust source so far: the `Display` and `Debug` traits,
//! and the error type of `fmt::Result` (= `Result<(), fmt::Error>`), which `write!`
//! into a `String` or a learner's `fmt::Write` returns. `Formatter` is still the
//! toolchain's own (resolve/std_paths.py, interp/formatter.py); which of std's types
//! implement `Display` and `Debug` is decided in Python (typeck/bounds.implements)
//! except for the impls written below and beside std's types.

/// Format trait for an empty format, `{}`.
pub trait Display {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result;
}

/// `?` formatting.
pub trait Debug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result;
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[ferrite::full_path]
pub struct Error;

// (by hand: a derive would name the type by its key, `std::fmt::Error`)
impl std::fmt::Debug for std::fmt::Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "Error")
    }
}

impl std::fmt::Display for std::fmt::Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "an error occurred when formatting an argument")
    }
}

/// `core::fmt::Write`: what `write!` calls on a `String` or a learner's writer.
pub trait Write {
    fn write_str(&mut self, s: &str) -> std::fmt::Result;

    fn write_char(&mut self, c: char) -> std::fmt::Result {
        self.write_str(&c.to_string())
    }
}

impl Write for String {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }

    fn write_char(&mut self, c: char) -> std::fmt::Result {
        self.push(c);
        Ok(())
    }
}
