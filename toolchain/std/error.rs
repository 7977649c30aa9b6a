//! `core::error::Error`, as Ferrite models it: the trait with its default `source`.
//! (`description`, `cause` and `provide` are deprecated or unstable; not declared.)

pub trait Error: std::fmt::Debug + std::fmt::Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }
}
