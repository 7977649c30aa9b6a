//! More of `core::str` (part of `std::str`): `split_at`, `match_indices` and
//! `rmatch_indices`, `Chars::as_str`, and `String`'s `make_ascii_uppercase` /
//! `make_ascii_lowercase`. A match's pieces are computed when the iterator is made and
//! held as a `vec::IntoIter`, as `matches`' are (interp/shims_str_more.py for a
//! `char` or text pattern; the `_fn` / `_chars` forms here, typeck/str_patterns.py).

#[ferrite::full_path]
pub struct MatchIndices<P> {}

#[ferrite::full_path]
pub struct RMatchIndices<P> {}

impl<P> Iterator for std::str::MatchIndices<P> {
    type Item = (usize, &str);

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

// (rustc's is double-ended only for a pattern whose searcher is: a `char`, not text)
impl DoubleEndedIterator for std::str::MatchIndices<char> {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<(usize, &str)>;
}

impl<P> Iterator for std::str::RMatchIndices<P> {
    type Item = (usize, &str);

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<Self::Item>;
}

// The matches of a `_fn` / `_chars` form, as the machine's `MatchIndices` holds them.
#[ferrite::intrinsic = "vec_into_iter"]
pub fn match_indices_iter<P>(found: Vec<(usize, &str)>) -> std::str::MatchIndices<P>;

#[ferrite::intrinsic = "vec_into_iter"]
pub fn rmatch_indices_iter<P>(found: Vec<(usize, &str)>) -> std::str::RMatchIndices<P>;

impl str {
    // rustc's panics (it is not `#[track_caller]`) at its `slice_error_fail(self, 0,
    // mid)` in core/src/str/mod.rs (std_locations.py), with slicing's message for `..mid`.
    #[must_use]
    #[ferrite::must_use_path = "core::str::<impl str>::split_at"]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (&self[..mid], &self[mid..])
    }

    #[ferrite::intrinsic = "str_iter_match_indices"]
    pub fn match_indices<P>(&self, pat: P) -> std::str::MatchIndices<P>;

    #[ferrite::intrinsic = "str_iter_rmatch_indices"]
    pub fn rmatch_indices<P>(&self, pat: P) -> std::str::RMatchIndices<P>;

    pub fn ferrite_match_indices_fn<F: FnMut(char) -> bool>(&self, mut f: F)
        -> std::str::MatchIndices<F> {
        let mut found = Vec::new();
        for (i, c) in self.char_indices() {
            if f(c) {
                found.push((i, &self[i..i + c.len_utf8()]));
            }
        }
        std::str::match_indices_iter(found)
    }

    pub fn ferrite_rmatch_indices_fn<F: FnMut(char) -> bool>(&self, mut f: F)
        -> std::str::RMatchIndices<F> {
        let mut found = Vec::new();
        for (i, c) in self.char_indices().rev() {
            if f(c) {
                found.push((i, &self[i..i + c.len_utf8()]));
            }
        }
        std::str::rmatch_indices_iter(found)
    }

    pub fn ferrite_match_indices_chars<'a>(&self, set: &'a [char])
        -> std::str::MatchIndices<&'a [char]> {
        let mut found = Vec::new();
        for (i, c) in self.char_indices() {
            if set.contains(&c) {
                found.push((i, &self[i..i + c.len_utf8()]));
            }
        }
        std::str::match_indices_iter(found)
    }

    pub fn ferrite_rmatch_indices_chars<'a>(&self, set: &'a [char])
        -> std::str::RMatchIndices<&'a [char]> {
        let mut found = Vec::new();
        for (i, c) in self.char_indices().rev() {
            if set.contains(&c) {
                found.push((i, &self[i..i + c.len_utf8()]));
            }
        }
        std::str::rmatch_indices_iter(found)
    }
}

impl std::str::Chars {
    // The text not yet yielded.
    #[ferrite::intrinsic = "str_chars_as_str"]
    pub fn as_str(&self) -> &str;
}

impl String {
    // rustc's are `str`'s (reached through `DerefMut`); only ASCII letters change.
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
}
