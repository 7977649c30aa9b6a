//! `std::collections::vec_deque`'s iterators: a `VecDeque` is a list in the machine,
//! so they are the slice's and the `Vec`'s (interp/shims_iter.py, shims_vec.py).

#[ferrite::full_path]
pub struct Iter<T> {}

#[ferrite::full_path]
pub struct IterMut<T> {}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<T> {}

impl<T> Iterator for std::collections::vec_deque::Iter<T> {
    type Item = &T;

    #[ferrite::intrinsic = "slice_iter_next"]
    fn next(&mut self) -> Option<&T>;
}

impl<T> Iterator for std::collections::vec_deque::IterMut<T> {
    type Item = &mut T;

    #[ferrite::intrinsic = "slice_iter_next"]
    fn next(&mut self) -> Option<&mut T>;
}

impl<T> Iterator for std::collections::vec_deque::IntoIter<T> {
    type Item = T;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<T>;
}

impl<T> DoubleEndedIterator for std::collections::vec_deque::Iter<T> {
    #[ferrite::intrinsic = "slice_iter_next_back"]
    fn next_back(&mut self) -> Option<&T>;
}

impl<T> DoubleEndedIterator for std::collections::vec_deque::IntoIter<T> {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<T>;
}
