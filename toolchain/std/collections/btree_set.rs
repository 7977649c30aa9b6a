//! `std::collections::btree_set`: the iterators of a set, held as a map's are
//! (interp/shims_map.py); `union` and the other set operations yield from a list of
//! pointers to the keys.

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_set::Iter"]
pub struct Iter<T> {}

impl<T> Iterator for std::collections::btree_set::Iter<T> {
    type Item = &T;

    #[ferrite::intrinsic = "map_iter_next_key"]
    fn next(&mut self) -> Option<&T>;
}

#[ferrite::full_path]
#[must_use = "this returns the union as an iterator, without modifying either input set"]
#[ferrite::must_use_path = "std::collections::btree_set::Union"]
pub struct Union<T> {}

impl<T> Iterator for std::collections::btree_set::Union<T> {
    type Item = &T;

    #[ferrite::intrinsic = "set_op_next"]
    fn next(&mut self) -> Option<&T>;
}

#[ferrite::full_path]
#[must_use = "this returns the intersection as an iterator, without modifying either input set"]
#[ferrite::must_use_path = "std::collections::btree_set::Intersection"]
pub struct Intersection<T> {}

impl<T> Iterator for std::collections::btree_set::Intersection<T> {
    type Item = &T;

    #[ferrite::intrinsic = "set_op_next"]
    fn next(&mut self) -> Option<&T>;
}

#[ferrite::full_path]
#[must_use = "this returns the difference as an iterator, without modifying either input set"]
#[ferrite::must_use_path = "std::collections::btree_set::Difference"]
pub struct Difference<T> {}

impl<T> Iterator for std::collections::btree_set::Difference<T> {
    type Item = &T;

    #[ferrite::intrinsic = "set_op_next"]
    fn next(&mut self) -> Option<&T>;
}

#[ferrite::full_path]
#[must_use = "this returns the difference as an iterator, without modifying either input set"]
#[ferrite::must_use_path = "std::collections::btree_set::SymmetricDifference"]
pub struct SymmetricDifference<T> {}

impl<T> Iterator for std::collections::btree_set::SymmetricDifference<T> {
    type Item = &T;

    #[ferrite::intrinsic = "set_op_next"]
    fn next(&mut self) -> Option<&T>;
}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<T> {}

impl<T> Iterator for std::collections::btree_set::IntoIter<T> {
    type Item = T;

    #[ferrite::intrinsic = "set_into_iter_next"]
    fn next(&mut self) -> Option<T>;
}

impl<T> DoubleEndedIterator for std::collections::btree_set::Iter<T> {
    #[ferrite::intrinsic = "map_iter_next_back_key"]
    fn next_back(&mut self) -> Option<&T>;
}

impl<T> DoubleEndedIterator for std::collections::btree_set::IntoIter<T> {
    #[ferrite::intrinsic = "set_into_iter_next_back"]
    fn next_back(&mut self) -> Option<T>;
}
