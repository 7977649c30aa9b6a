//! `alloc::boxed::Box`, as Ferrite models it. The machine holds a box as a pointer to
//! its own one-element allocation (interp/pointer.py), so `*b` is the same `deref`
//! projection as through a reference, and moving out of `*b` reads the allocation.
//! Like rustc, the type checker derefs a box built in (a box is not a reference), and
//! a `Box<dyn Trait>` is a fat pointer (interp/shims_box.py).

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Box<T> {}

impl<T> Box<T> {
    #[ferrite::intrinsic = "box_new"]
    #[must_use]
    #[ferrite::must_use_path = "Box::<T>::new"]
    pub fn new(x: T) -> Box<T>;
}

// rustc's `impl<T> Deref for Box<T>`, for `T: Deref` bounds as `String`'s
// (std/string.rs); `*self` is the built-in deref of a box.
impl<T> std::ops::Deref for Box<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &**self
    }
}

impl<T> std::ops::DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}
