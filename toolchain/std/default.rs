//! `core::default`: the declaration of the prelude's `Default`, as rustc has it (its
//! `Sized` supertrait aside). Which of std's types implement it is decided in Python
//! (typeck/bounds.implements, typeck/collection_bounds.py); a learner's impls and
//! derives are checked against this declaration (typeck/traits.py).

pub trait Default {
    fn default() -> Self;
}
