//! `core::hash`, as Ferrite models it: the `Hash` trait that `HashMap` and `HashSet`
//! keys need. The machine hashes keys itself (interp/shims_map.py), so the trait has
//! no methods here; it says which types are keys. `#[derive(Hash)]` implements it for
//! a learner's type.

pub trait Hash {}

impl Hash for i8 {}
impl Hash for i16 {}
impl Hash for i32 {}
impl Hash for i64 {}
impl Hash for i128 {}
impl Hash for isize {}
impl Hash for u8 {}
impl Hash for u16 {}
impl Hash for u32 {}
impl Hash for u64 {}
impl Hash for u128 {}
impl Hash for usize {}
impl Hash for bool {}
impl Hash for char {}
impl Hash for str {}
impl Hash for String {}
