//! `core::hash`, as Ferrite models it: the `Hash` trait that `HashMap` and `HashSet`
//! keys need, and `Hasher`. The machine hashes keys itself (interp/shims_map.py) by
//! their structure, as derived impls do; a key type whose `Hash` or `PartialEq` the
//! learner wrote by hand is refused as a key (typeck/collection_bounds.py), and so is
//! implementing `Hasher` (resolve/std_paths.BOUND_ONLY): no `Hasher` value exists, so
//! the bodies of `hash` below never run (written out for
//! primitive types, whose impls are entered lazily: resolve/lazy_impls.py). `#[derive(Hash)]` implements the trait for
//! a learner's type.

pub trait Hasher {
    fn finish(&self) -> u64;

    fn write(&mut self, bytes: &[u8]);
}

pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);
}

impl Hash for i8 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for i16 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for i32 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for i64 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for i128 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for isize {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for u8 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for u16 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for u32 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for u64 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for u128 {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for usize {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for bool {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for char {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for str {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
impl Hash for String {
    fn hash<H: Hasher>(&self, state: &mut H) {}
}
