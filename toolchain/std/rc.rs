//! `alloc::rc`: single-threaded reference counting, as Ferrite models it. The machine
//! holds an `Rc<T>` as a pointer into a shared allocation that also keeps the strong
//! and weak counts (interp/shims_rc.py); dropping an `Rc` decrements the strong count
//! and drops the value when it reaches zero (interp/drops.py). A `Weak<T>` points to
//! the same allocation without keeping the value alive.

use std::ops::Deref;

#[derive(PartialEq, Eq)]
pub struct Rc<T> {}

pub struct Weak<T> {}

impl<T> Rc<T> {
    #[ferrite::intrinsic = "rc_new"]
    pub fn new(value: T) -> Rc<T>;

    #[ferrite::intrinsic = "rc_clone"]
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    #[ferrite::must_use_path = "clone"]
    pub fn clone(&self) -> Rc<T>;

    #[ferrite::intrinsic = "rc_strong_count"]
    pub fn strong_count(this: &Rc<T>) -> usize;

    #[ferrite::intrinsic = "rc_weak_count"]
    pub fn weak_count(this: &Rc<T>) -> usize;

    #[ferrite::intrinsic = "rc_downgrade"]
    #[must_use = "this returns a new `Weak` pointer, without modifying the original `Rc`"]
    #[ferrite::must_use_path = "Rc::<T, A>::downgrade"]
    pub fn downgrade(this: &Rc<T>) -> Weak<T>;

    #[ferrite::intrinsic = "rc_ptr_eq"]
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;

    #[ferrite::intrinsic = "rc_try_unwrap"]
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
}

impl<T> Deref for Rc<T> {
    type Target = T;

    #[ferrite::intrinsic = "rc_deref"]
    fn deref(&self) -> &T;
}

impl<T> Weak<T> {
    #[ferrite::intrinsic = "weak_new"]
    pub fn new() -> Weak<T>;

    #[ferrite::intrinsic = "weak_upgrade"]
    pub fn upgrade(&self) -> Option<Rc<T>>;

    #[ferrite::intrinsic = "weak_clone"]
    pub fn clone(&self) -> Weak<T>;

    #[ferrite::intrinsic = "weak_strong_count"]
    pub fn strong_count(&self) -> usize;

    #[ferrite::intrinsic = "weak_weak_count"]
    pub fn weak_count(&self) -> usize;
}
