//! `core::cell`: shared mutable containers, as Ferrite models them. The machine holds
//! a `Cell<T>` as a struct of its one field (`set` writes it through the `&Cell<T>`),
//! and a `RefCell<T>` as such a struct that also keeps its borrow state;
//! `borrow`/`borrow_mut` give guards that point to the value (so a field or an index
//! through them is an ordinary deref) and release the borrow when they are dropped
//! (interp/shims_cell.py, interp/drops.py). A conflicting borrow panics as std's does.

use std::ops::{Deref, DerefMut};

#[derive(Debug)]
pub struct Cell<T> {
    value: T,
}

impl<T> Cell<T> {
    #[ferrite::intrinsic = "cell_new"]
    pub fn new(value: T) -> Cell<T>;

    // std's own body: the old value is dropped.
    pub fn set(&self, val: T) {
        let old = self.replace(val);
        drop(old);
    }

    #[ferrite::intrinsic = "cell_replace"]
    pub fn replace(&self, val: T) -> T;

    #[ferrite::intrinsic = "cell_into_inner"]
    pub fn into_inner(self) -> T;
}

// rustc's `impl<T: Copy> Cell<T>`: the bound is checked by typeck/std_bounds.py.
impl<T> Cell<T> {
    #[ferrite::intrinsic = "cell_get"]
    pub fn get(&self) -> T;
}

#[derive(Debug)]
pub struct RefCell<T> {
    value: T,
}

pub struct Ref<T> {}

pub struct RefMut<T> {}

pub struct BorrowError {}

pub struct BorrowMutError {}

impl<T> RefCell<T> {
    #[ferrite::intrinsic = "refcell_new"]
    pub fn new(value: T) -> RefCell<T>;

    #[track_caller]
    #[ferrite::intrinsic = "refcell_borrow"]
    pub fn borrow(&self) -> Ref<T>;

    #[track_caller]
    #[ferrite::intrinsic = "refcell_borrow_mut"]
    pub fn borrow_mut(&self) -> RefMut<T>;

    #[ferrite::intrinsic = "refcell_try_borrow"]
    pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError>;

    #[ferrite::intrinsic = "refcell_try_borrow_mut"]
    pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError>;

    #[track_caller]
    #[ferrite::intrinsic = "refcell_replace"]
    pub fn replace(&self, t: T) -> T;

    #[ferrite::intrinsic = "refcell_into_inner"]
    pub fn into_inner(self) -> T;
}

impl<T> Deref for Ref<T> {
    type Target = T;

    #[ferrite::intrinsic = "guard_deref"]
    fn deref(&self) -> &T;
}

impl<T> Deref for RefMut<T> {
    type Target = T;

    #[ferrite::intrinsic = "guard_deref"]
    fn deref(&self) -> &T;
}

impl<T> DerefMut for RefMut<T> {
    #[ferrite::intrinsic = "guard_deref"]
    fn deref_mut(&mut self) -> &mut T;
}
