//! `core::ops::Deref` and `DerefMut`, as Ferrite models them: `*x` on a type that is
//! neither a reference nor a box calls `deref` (`deref_mut` where the place is
//! written), and autoderef (method calls, field access, deref coercions) steps
//! through their impls (typeck/deref.py). A box derefs built in, as in rustc.
//!
//! `core::ops`'s ranges as values (`a..b`, `a..=b`, `a..`), as Ferrite models them.
//! A range expression is one of these structs (typeck/ranges.py); a `for` over a
//! range written in the loop head keeps the loop's fast path (typeck/check.py).
//! They iterate for integer and `char` bounds: rustc's unstable `Step` (std/iter.rs's `FerriteStep`).

pub trait Deref {
    type Target;

    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}

#[ferrite::full_path]
#[derive(Clone, PartialEq, Eq)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

impl<A: FerriteStep> Iterator for std::ops::Range<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A: FerriteStep> DoubleEndedIterator for std::ops::Range<A> {
    #[ferrite::intrinsic = "range_next_back"]
    fn next_back(&mut self) -> Option<A>;
}

impl<A: FerriteStep> Iterator for std::ops::RangeInclusive<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_inclusive_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A: FerriteStep> DoubleEndedIterator for std::ops::RangeInclusive<A> {
    #[ferrite::intrinsic = "range_inclusive_next_back"]
    fn next_back(&mut self) -> Option<A>;
}

impl<A: FerriteStep> Iterator for std::ops::RangeFrom<A> {
    type Item = A;

    #[ferrite::intrinsic = "range_from_next"]
    fn next(&mut self) -> Option<A>;
}

impl<A> std::ops::Range<A> {
    // rustc's `contains<U>(&self, item: &U) where A: PartialOrd<U>, U: PartialOrd<A>`.
    #[ferrite::intrinsic = "range_contains"]
    pub fn contains(&self, item: &A) -> bool;

    #[ferrite::intrinsic = "range_is_empty"]
    pub fn is_empty(&self) -> bool;
}

impl<A> std::ops::RangeInclusive<A> {
    #[ferrite::intrinsic = "range_inclusive_contains"]
    pub fn contains(&self, item: &A) -> bool;

    #[ferrite::intrinsic = "range_inclusive_is_empty"]
    pub fn is_empty(&self) -> bool;

    #[ferrite::intrinsic = "range_start"]
    pub fn start(&self) -> &A;

    #[ferrite::intrinsic = "range_end"]
    pub fn end(&self) -> &A;
}

/// `core::ops::Drop`: the machine runs `drop` where rustc drops a value of a type that
/// implements it (mir/build_drops.py, interp/drops.py), before its fields' own drops.
pub trait Drop {
    fn drop(&mut self);
}
