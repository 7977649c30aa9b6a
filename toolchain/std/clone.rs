//! `core::clone`: the declaration of the prelude's `Clone`, as rustc has it (its
//! `Sized` supertrait is known to resolve/dyn_compat.py; its provided `clone_from` is
//! not modelled yet).
//!
//! Which of std's types implement `Clone` is still decided in Python
//! (typeck/bounds.implements: rustc's built-in impls for primitives, tuples, arrays,
//! references and closures, and std's impls for its own types); a learner's impls
//! and derives are checked against this declaration (typeck/traits.py).

pub trait Clone {
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    fn clone(&self) -> Self;
}
