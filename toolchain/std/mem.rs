//! `core::mem`: moving values in and out of places, which safe Rust cannot write
//! itself; the machine implements these intrinsics (interp/shims.py).

#[ferrite::intrinsic = "mem_replace"]
#[must_use = "if you don't need the old value, you can just assign the new value directly"]
#[ferrite::must_use_path = "std::mem::replace"]
pub fn replace<T>(dest: &mut T, src: T) -> T;

#[ferrite::intrinsic = "mem_swap"]
pub fn swap<T>(x: &mut T, y: &mut T);

/// Drops `x` now: the argument's scope is this function's body (the prelude's `drop`).
pub fn drop<T>(_x: T) {}

/// Replaces `*dest` with its type's default value and returns the value it held.
pub fn take<T: Default>(dest: &mut T) -> T {
    std::mem::replace(dest, T::default())
}
