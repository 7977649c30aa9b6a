//! `core::str`'s iterators, as Ferrite models them: the machine computes the pieces
//! when the iterator is made (`[pieces, front, back]`, interp/shims_iter.py) and
//! yields them like a `vec::IntoIter`. rustc's carry a lifetime (`Chars<'a>`).

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Chars {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct CharIndices {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Bytes {}

#[ferrite::full_path]
pub struct SplitWhitespace {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::str::Lines"]
pub struct Lines {}

// rustc's `Split<'a, P: Pattern>`: `P` is the pattern's type (`char` or `&str`).
#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct Split<P> {}

impl Iterator for std::str::Chars {
    type Item = char;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<char>;
}

impl DoubleEndedIterator for std::str::Chars {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<char>;
}

impl Iterator for std::str::CharIndices {
    type Item = (usize, char);

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<(usize, char)>;
}

impl DoubleEndedIterator for std::str::CharIndices {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<(usize, char)>;
}

impl Iterator for std::str::Bytes {
    type Item = u8;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<u8>;
}

impl DoubleEndedIterator for std::str::Bytes {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<u8>;
}

impl Iterator for std::str::SplitWhitespace {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl Iterator for std::str::Lines {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::Split<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

// rustc's `Split<'a, P>` is double-ended when `P`'s searcher is (`char`, `&[char]`, a
// closure; never `&str`): `s.split(' ').rev()`. (Only `char`'s so far.)
impl DoubleEndedIterator for std::str::Split<char> {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<&str>;
}

impl DoubleEndedIterator for std::str::SplitWhitespace {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<&str>;
}

impl DoubleEndedIterator for std::str::Lines {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<&str>;
}

// The other splitters of rustc's `str` (`RSplit<'a, P: Pattern>`, ..), held by the
// machine like `Split`: their pieces computed at once (interp/shims_str_split.py).
#[ferrite::full_path]
pub struct RSplit<P> {}

#[ferrite::full_path]
pub struct SplitN<P> {}

#[ferrite::full_path]
pub struct RSplitN<P> {}

#[ferrite::full_path]
pub struct SplitTerminator<P> {}

#[ferrite::full_path]
pub struct SplitInclusive<P> {}

#[ferrite::full_path]
pub struct Matches<P> {}

impl<P> Iterator for std::str::RSplit<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::SplitN<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::RSplitN<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::SplitTerminator<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::SplitInclusive<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

impl<P> Iterator for std::str::Matches<P> {
    type Item = &str;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}
