//! `str` methods whose pattern is not text: rustc's take any `P: Pattern` (a `char`,
//! `&str`, `&String`, `[char; N]`, `&[char]` or an `FnMut(char) -> bool`). Ferrite's
//! `find`, `split`, .. (std/string.rs) take text or a `char`; typeck/str_patterns.py
//! routes a call whose pattern is a closure or function to the `_fn` form here, a
//! `&[char]` to the `_chars` form and a `char` or text of the `trim_*_matches` to the
//! `_char` / `_str` form, which compute what rustc's `Pattern` searchers compute.
//! Learners never name them (the method probe hides the `ferrite_` names).

// The pieces of a split, as the machine's `str::Split` holds them (a `vec::IntoIter`).
#[ferrite::intrinsic = "vec_into_iter"]
pub fn pieces_iter<P>(pieces: Vec<&str>) -> std::str::Split<P>;

impl str {
    pub fn ferrite_find_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> Option<usize> {
        for (i, c) in self.char_indices() {
            if f(c) {
                return Some(i);
            }
        }
        None
    }

    pub fn ferrite_rfind_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> Option<usize> {
        for (i, c) in self.char_indices().rev() {
            if f(c) {
                return Some(i);
            }
        }
        None
    }

    pub fn ferrite_contains_fn<F: FnMut(char) -> bool>(&self, f: F) -> bool {
        self.ferrite_find_fn(f).is_some()
    }

    pub fn ferrite_starts_with_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> bool {
        match self.chars().next() {
            Some(c) => f(c),
            None => false,
        }
    }

    pub fn ferrite_ends_with_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> bool {
        match self.chars().next_back() {
            Some(c) => f(c),
            None => false,
        }
    }

    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_prefix"]
    pub fn ferrite_strip_prefix_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> Option<&str> {
        match self.chars().next() {
            Some(c) if f(c) => Some(&self[c.len_utf8()..]),
            _ => None,
        }
    }

    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_suffix"]
    pub fn ferrite_strip_suffix_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> Option<&str> {
        match self.chars().next_back() {
            Some(c) if f(c) => Some(&self[..self.len() - c.len_utf8()]),
            _ => None,
        }
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_start_matches"]
    pub fn ferrite_trim_start_matches_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> &str {
        for (i, c) in self.char_indices() {
            if !f(c) {
                return &self[i..];
            }
        }
        &self[self.len()..]
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_end_matches"]
    pub fn ferrite_trim_end_matches_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> &str {
        for (i, c) in self.char_indices().rev() {
            if !f(c) {
                return &self[..i + c.len_utf8()];
            }
        }
        &self[..0]
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_matches"]
    pub fn ferrite_trim_matches_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> &str {
        let mut start = self.len();
        for (i, c) in self.char_indices() {
            if !f(c) {
                start = i;
                break;
            }
        }
        let mut end = start;
        for (i, c) in self.char_indices().rev() {
            if i < start || !f(c) {
                end = i + c.len_utf8();
                break;
            }
        }
        if end < start {
            end = start;
        }
        &self[start..end]
    }

    #[must_use = "this returns the replaced string as a new allocation, without modifying the original"]
    #[ferrite::must_use_path = "str::<impl str>::replace"]
    pub fn ferrite_replace_fn<F: FnMut(char) -> bool>(&self, mut f: F, to: &str) -> String {
        let mut out = String::new();
        for c in self.chars() {
            if f(c) {
                out.push_str(to);
            } else {
                out.push(c);
            }
        }
        out
    }

    pub fn ferrite_split_fn<F: FnMut(char) -> bool>(&self, mut f: F) -> std::str::Split<F> {
        let mut pieces = Vec::new();
        let mut start = 0;
        for (i, c) in self.char_indices() {
            if f(c) {
                pieces.push(&self[start..i]);
                start = i + c.len_utf8();
            }
        }
        pieces.push(&self[start..]);
        std::str::pieces_iter(pieces)
    }

    pub fn ferrite_find_chars(&self, set: &[char]) -> Option<usize> {
        self.ferrite_find_fn(|c| set.contains(&c))
    }

    pub fn ferrite_rfind_chars(&self, set: &[char]) -> Option<usize> {
        self.ferrite_rfind_fn(|c| set.contains(&c))
    }

    pub fn ferrite_contains_chars(&self, set: &[char]) -> bool {
        self.ferrite_contains_fn(|c| set.contains(&c))
    }

    pub fn ferrite_starts_with_chars(&self, set: &[char]) -> bool {
        self.ferrite_starts_with_fn(|c| set.contains(&c))
    }

    pub fn ferrite_ends_with_chars(&self, set: &[char]) -> bool {
        self.ferrite_ends_with_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_prefix"]
    pub fn ferrite_strip_prefix_chars(&self, set: &[char]) -> Option<&str> {
        self.ferrite_strip_prefix_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the remaining substring as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::strip_suffix"]
    pub fn ferrite_strip_suffix_chars(&self, set: &[char]) -> Option<&str> {
        self.ferrite_strip_suffix_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_start_matches"]
    pub fn ferrite_trim_start_matches_chars(&self, set: &[char]) -> &str {
        self.ferrite_trim_start_matches_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_end_matches"]
    pub fn ferrite_trim_end_matches_chars(&self, set: &[char]) -> &str {
        self.ferrite_trim_end_matches_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_matches"]
    pub fn ferrite_trim_matches_chars(&self, set: &[char]) -> &str {
        self.ferrite_trim_matches_fn(|c| set.contains(&c))
    }

    #[must_use = "this returns the replaced string as a new allocation, without modifying the original"]
    #[ferrite::must_use_path = "str::<impl str>::replace"]
    pub fn ferrite_replace_chars(&self, set: &[char], to: &str) -> String {
        self.ferrite_replace_fn(|c| set.contains(&c), to)
    }

    pub fn ferrite_split_chars(&self, set: &[char]) -> std::str::Split<&[char]> {
        std::str::pieces_iter(self.ferrite_split_fn(|c| set.contains(&c)).collect())
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_matches"]
    pub fn ferrite_trim_matches_char(&self, pat: char) -> &str {
        self.ferrite_trim_matches_fn(|c| c == pat)
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_start_matches"]
    pub fn ferrite_trim_start_matches_char(&self, pat: char) -> &str {
        self.ferrite_trim_start_matches_fn(|c| c == pat)
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_end_matches"]
    pub fn ferrite_trim_end_matches_char(&self, pat: char) -> &str {
        self.ferrite_trim_end_matches_fn(|c| c == pat)
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_start_matches"]
    pub fn ferrite_trim_start_matches_str(&self, pat: &str) -> &str {
        let mut s = self;
        if pat.is_empty() {
            return s;
        }
        while let Some(rest) = s.strip_prefix(pat) {
            s = rest;
        }
        s
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_end_matches"]
    pub fn ferrite_trim_end_matches_str(&self, pat: &str) -> &str {
        let mut s = self;
        if pat.is_empty() {
            return s;
        }
        while let Some(rest) = s.strip_suffix(pat) {
            s = rest;
        }
        s
    }

    #[must_use = "this returns the trimmed string as a new slice, without modifying the original"]
    #[ferrite::must_use_path = "core::str::<impl str>::trim_matches"]
    pub fn ferrite_trim_matches_str(&self, pat: &str) -> &str {
        self.ferrite_trim_start_matches_str(pat).ferrite_trim_end_matches_str(pat)
    }
}
