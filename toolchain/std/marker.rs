//! `core::marker::PhantomData`: a zero-sized field that makes a type use a parameter
//! it holds no value of (typestate and unit markers: `Length<Meters>`).
//!
//! rustc's impls hold for every `T`; derived here, they hold where `T` has the trait
//! (except `Copy`: typeck/check.is_copy). Its value, a unit struct, is compared, cloned
//! and defaulted by the machine's structural walks.

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PhantomData<T>;

/// `core::marker::Copy`: values whose bits may be duplicated (a move leaves the source
/// usable). Which types are `Copy` is decided in Python (typeck's and MIR's
/// `is_copy`), as rustc's built-in impls do for primitives, shared references,
/// tuples, arrays and closures; a learner's type is `Copy` only by `#[derive(Copy)]`
/// (a hand-written impl is refused: resolve/std_paths.BOUND_ONLY).
pub trait Copy: Clone {}

// rustc prints `PhantomData<{type_name::<T>()}>` (`PhantomData<demo::Meters>`),
// ignoring the caller's width. The machine formats it (interp/user_fmt.py), as no MIR
// call names this body.
impl<T> std::fmt::Debug for PhantomData<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", std::marker::phantom_debug(self))
    }
}

#[ferrite::intrinsic = "phantom_debug"]
pub fn phantom_debug<T>(p: &PhantomData<T>) -> String;
