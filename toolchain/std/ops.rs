//! `core::ops::Deref` and `DerefMut`, as Ferrite models them: `*x` on a type that is
//! neither a reference nor a box calls `deref` (`deref_mut` where the place is
//! written), and autoderef (method calls, field access, deref coercions) steps
//! through their impls (typeck/deref.py). A box derefs built in, as in rustc.

pub trait Deref {
    type Target;

    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

/// `core::ops::Drop`: the machine runs `drop` where rustc drops a value of a type that
/// implements it (mir/build_drops.py, interp/drops.py), before its fields' own drops.
pub trait Drop {
    fn drop(&mut self);
}
