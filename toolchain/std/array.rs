//! `core::array`'s by-value iterator. rustc's is `IntoIter<T, const N: usize>`;
//! Ferrite has no const generics, so `N` is a type parameter whose argument is the
//! array's length (a type that shows as the number: typeck/into_iter.py).

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<T, N> {}

impl<T, N> Iterator for std::array::IntoIter<T, N> {
    type Item = T;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<T>;
}

impl<T, N> DoubleEndedIterator for std::array::IntoIter<T, N> {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<T>;
}

impl<T, N> ExactSizeIterator for std::array::IntoIter<T, N> {
    #[ferrite::intrinsic = "iter_state_len"]
    fn len(&self) -> usize;
}

// `<[T; N] as IntoIterator>::into_iter`, called by lowered code (typeck/into_iter.py).
#[ferrite::intrinsic = "vec_into_iter"]
pub fn into_iter<A, T, N>(array: A) -> std::array::IntoIter<T, N>;
