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
