//! `core::array`'s by-value iterator and `[T; N]::map`. rustc's iterator is `IntoIter<T, const N: usize>`;
//! Ferrite's `N` is a type parameter whose argument is the array's length (a type that
//! shows as the number, or a const parameter's `N` in a generic body: typeck/into_iter.py).

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

impl<T, const N: usize> [T; N] {
    // rustc's builds the new array in place; Ferrite's collects the results (in order,
    // each element moved into `f` once) and takes the list as the array.
    pub fn map<F, U>(self, mut f: F) -> [U; N]
    where
        F: FnMut(T) -> U,
    {
        let mut results: Vec<U> = Vec::new();
        for x in self {
            results.push(f(x));
        }
        std::array::from_vec(results)
    }
}

// The machine holds a `Vec` and an array alike (a list of values): only the type changes.
#[ferrite::intrinsic = "deque_from"]
pub fn from_vec<U, const N: usize>(v: Vec<U>) -> [U; N];
