//! `core::slice`'s iterators, as Ferrite models them. rustc's carry a lifetime
//! (`Iter<'a, T>`); Ferrite's borrow checker knows these types hold a borrow
//! (borrowck/places.py). The machine holds one as `[slice pointer, front, back]`
//! (interp/shims_iter.py), and yields pointers to the slice's elements.

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Iter<T> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct IterMut<T> {}

impl<T> Iterator for std::slice::Iter<T> {
    type Item = &T;

    #[ferrite::intrinsic = "slice_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<T> Iterator for std::slice::IterMut<T> {
    type Item = &mut T;

    #[ferrite::intrinsic = "slice_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<T> DoubleEndedIterator for std::slice::Iter<T> {
    #[ferrite::intrinsic = "slice_iter_next_back"]
    fn next_back(&mut self) -> Option<&T>;
}

impl<T> DoubleEndedIterator for std::slice::IterMut<T> {
    #[ferrite::intrinsic = "slice_iter_next_back"]
    fn next_back(&mut self) -> Option<&mut T>;
}

/// The iterator of `<[T]>::windows`: the overlapping `size`-long subslices. (rustc's
/// `Windows<'a, T>`: Ferrite's borrow checker knows it holds a borrow, types.py.)
#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Windows<T> {
    v: &[T],
    size: usize,
}

impl<T> Iterator for std::slice::Windows<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.size > self.v.len() {
            return None;
        }
        let w = &self.v[..self.size];
        self.v = &self.v[1..];
        Some(w)
    }
}

/// The iterator of `<[T]>::chunks` (and, with `exact`, of `chunks_exact`, which leaves
/// out the last chunk when it is shorter).
#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Chunks<T> {
    v: &[T],
    size: usize,
}

impl<T> Iterator for std::slice::Chunks<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.v.len() == 0 {
            return None;
        }
        let n = if self.v.len() < self.size { self.v.len() } else { self.size };
        let c = &self.v[..n];
        self.v = &self.v[n..];
        Some(c)
    }
}

/// The iterator of `<[T]>::chunks_exact`: the chunks of `size` elements (the shorter
/// rest is left out).
#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct ChunksExact<T> {
    v: &[T],
    size: usize,
}

impl<T> Iterator for std::slice::ChunksExact<T> {
    type Item = &[T];

    fn next(&mut self) -> Option<&[T]> {
        if self.v.len() < self.size {
            return None;
        }
        let c = &self.v[..self.size];
        self.v = &self.v[self.size..];
        Some(c)
    }
}
