//! `alloc::vec` and the inherent methods of slices (`core::slice`), as Ferrite models
//! them. The machine holds a `Vec<T>` as a list of its elements, so a reference into
//! it (`&v[i]`) is a pointer to one element, and `&Vec<T>` is already a `&[T]`
//! (interp/shims_vec.py implements the intrinsics). Bounds that rustc puts on some
//! methods (`T: PartialEq` for `contains`, `T: Ord` for `sort`, `T: Clone` for
//! `extend_from_slice`) are checked by typeck/std_bounds.py until impls carry bounds.

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Vec<T> {}

impl<T> Vec<T> {
    #[ferrite::intrinsic = "vec_new"]
    #[must_use]
    #[ferrite::must_use_path = "Vec::<T>::new"]
    pub fn new() -> Vec<T>;

    #[ferrite::intrinsic = "vec_new"]
    #[must_use]
    #[ferrite::must_use_path = "Vec::<T>::with_capacity"]
    pub fn with_capacity(capacity: usize) -> Vec<T>;

    // rustc's `#[rustc_confusables]`: names its E0599 suggests this method for.
    #[ferrite::confusables = "push_back"]
    #[ferrite::intrinsic = "vec_push"]
    pub fn push(&mut self, value: T);

    #[ferrite::intrinsic = "vec_pop"]
    pub fn pop(&mut self) -> Option<T>;

    #[ferrite::confusables = "length size"]
    #[ferrite::intrinsic = "vec_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "vec_clear"]
    pub fn clear(&mut self);

    #[track_caller]
    #[ferrite::intrinsic = "vec_insert"]
    pub fn insert(&mut self, index: usize, element: T);

    #[track_caller]
    #[ferrite::intrinsic = "vec_remove"]
    pub fn remove(&mut self, index: usize) -> T;

    #[ferrite::intrinsic = "vec_truncate"]
    pub fn truncate(&mut self, len: usize);

    #[ferrite::intrinsic = "vec_extend_from_slice"]
    pub fn extend_from_slice(&mut self, other: &[T]);

    #[ferrite::intrinsic = "vec_as_slice"]
    pub fn as_slice(&self) -> &[T];

    #[ferrite::intrinsic = "vec_as_slice"]
    pub fn as_mut_slice(&mut self) -> &mut [T];

    // rustc's `T: PartialEq` (typeck/std_bounds.py checks it); the elements compare
    // with the machine's `==` (std::iter::equal), as derived `PartialEq` does.
    pub fn dedup(&mut self) {
        let mut i = 1;
        while i < self.len() {
            if std::iter::equal(&self[i], &self[i - 1]) {
                self.remove(i);
            } else {
                i += 1;
            }
        }
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        let mut i = 1;
        while i < self.len() {
            let a = key(&mut self[i]);
            let b = key(&mut self[i - 1]);
            if std::iter::equal(&a, &b) {
                self.remove(i);
            } else {
                i += 1;
            }
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.len() {
            if f(&self[i]) {
                i += 1;
            } else {
                self.remove(i);
            }
        }
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.len() {
            if f(&mut self[i]) {
                i += 1;
            } else {
                self.remove(i);
            }
        }
    }

    #[track_caller]
    #[must_use = "use `.truncate()` if you don't need the other half"]
    #[ferrite::must_use_path = "Vec::<T, A>::split_off"]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len() {
            panic!("`at` split index (is {}) should be <= len (is {})", at, self.len());
        }
        let mut tail = Vec::new();
        while self.len() > at {
            tail.push(self.remove(at));
        }
        tail
    }

    // rustc's removes the range when the `Drain` is dropped; Ferrite's removes it at
    // once (the same elements end up removed: the `Drain` holds `self`'s borrow).
    pub fn drain<R: std::ops::RangeBounds<Idx = usize>>(&mut self, range: R) -> std::vec::Drain<T> {
        let len = self.len();
        let start = match range.start_bound() {
            std::ops::Bound::Included(n) => *n,
            std::ops::Bound::Excluded(n) => *n + 1,
            std::ops::Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            std::ops::Bound::Included(n) => *n + 1,
            std::ops::Bound::Excluded(n) => *n,
            std::ops::Bound::Unbounded => len,
        };
        if start > end {
            std::vec::slice_index_order_fail(start, end);
        }
        if end > len {
            std::vec::slice_end_index_len_fail(end, len);
        }
        let mut taken = Vec::new();
        let mut i = start;
        while i < end {
            taken.push(self.remove(start));
            i += 1;
        }
        std::vec::Drain { iter: taken.into_iter() }
    }

    // `<Vec<T> as IntoIterator>::into_iter` in rustc (typeck/into_iter.py picks the
    // impl for references to a Vec).
    #[ferrite::intrinsic = "vec_into_iter"]
    pub fn into_iter(self) -> std::vec::IntoIter<T>;
}

// rustc's panics of a bad range (core/src/slice/index.rs, where they are reported:
// std_locations.py).
fn slice_index_order_fail(index: usize, end: usize) {
    panic!("slice index starts at {} but ends at {}", index, end);
}

fn slice_end_index_len_fail(index: usize, len: usize) {
    panic!("range end index {} out of range for slice of length {}", index, len);
}

/// The iterator of `Vec::drain`: the drained elements (rustc's `Drain<'a, T>`: Ferrite's
/// borrow checker knows it holds the Vec's borrow, types.py; rustc's is not `must_use`:
/// dropping it removes the range).
#[ferrite::full_path]
pub struct Drain<T> {
    iter: std::vec::IntoIter<T>,
}

impl<T> Iterator for std::vec::Drain<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }
}

impl<T> DoubleEndedIterator for std::vec::Drain<T> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

/// The iterator of `Vec::into_iter`: the machine holds `[elements, front, back]`.
#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<T> {}

impl<T> Iterator for std::vec::IntoIter<T> {
    type Item = T;

    #[ferrite::intrinsic = "vec_into_iter_next"]
    fn next(&mut self) -> Option<T>;
}

impl<T> DoubleEndedIterator for std::vec::IntoIter<T> {
    #[ferrite::intrinsic = "vec_into_iter_next_back"]
    fn next_back(&mut self) -> Option<T>;
}

impl<T> ExactSizeIterator for std::vec::IntoIter<T> {
    #[ferrite::intrinsic = "iter_state_len"]
    fn len(&self) -> usize;
}

impl<T> [T] {
    #[ferrite::intrinsic = "vec_len"]
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::len"]
    pub fn len(&self) -> usize;

    // rustc's `join<Separator>` and `concat` of `[S] where S: Borrow<str>` (the `Join`
    // and `Concat` traits): Ferrite's take the slices of `String`s and `&str`s
    // (typeck/std_bounds.py refuses other elements) and a `&str` separator.
    #[ferrite::intrinsic = "slice_join"]
    pub fn join(&self, sep: &str) -> String;

    #[ferrite::intrinsic = "slice_concat"]
    pub fn concat(&self) -> String;

    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::is_empty"]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "slice_first"]
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::first"]
    pub fn first(&self) -> Option<&T>;

    #[ferrite::intrinsic = "slice_last"]
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::last"]
    pub fn last(&self) -> Option<&T>;

    #[ferrite::intrinsic = "slice_get"]
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::get"]
    pub fn get(&self, index: usize) -> Option<&T>;

    #[ferrite::intrinsic = "slice_get"]
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::get_mut"]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;

    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::first_mut"]
    pub fn first_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::last_mut"]
    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        self.get_mut(n - 1)
    }

    // Plain Rust: each `==` is `<T as PartialEq>::eq` (mir/build_cmp.py), so a learner's
    // hand-written `eq` runs. (`T: PartialEq` is checked at the call: typeck/std_bounds.py)
    #[must_use]
    #[ferrite::must_use_path = "core::slice::<impl [T]>::contains"]
    pub fn contains(&self, x: &T) -> bool where T: PartialEq {
        for y in self.iter() {
            if y == x {
                return true;
            }
        }
        false
    }

    #[ferrite::intrinsic = "slice_sort"]
    pub fn sort(&mut self);

    #[ferrite::intrinsic = "slice_reverse"]
    pub fn reverse(&mut self);

    #[track_caller]
    #[ferrite::intrinsic = "slice_swap"]
    pub fn swap(&mut self, a: usize, b: usize);

    #[ferrite::intrinsic = "slice_to_vec"]
    pub fn to_vec(&self) -> Vec<T>;

    #[ferrite::intrinsic = "slice_iter"]
    pub fn iter(&self) -> std::slice::Iter<T>;

    #[ferrite::intrinsic = "slice_iter"]
    pub fn iter_mut(&mut self) -> std::slice::IterMut<T>;

    // (the iterators: std/slice.rs)
    #[track_caller]
    pub fn windows(&self, size: usize) -> std::slice::Windows<T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        std::slice::Windows { v: self, size }
    }

    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> std::slice::Chunks<T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        std::slice::Chunks { v: self, size: chunk_size }
    }

    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> std::slice::ChunksExact<T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        std::slice::ChunksExact { v: self, size: chunk_size }
    }
}

// `s[lo..hi]`: what `Index<Range<usize>>` for slices does, called by lowered code
// (mir/build_collections.py), never by name. `hi` is exclusive.
#[track_caller]
#[ferrite::intrinsic = "slice_index_range"]
pub fn index_range<T>(s: &[T], lo: usize, hi: usize) -> &[T];

#[track_caller]
#[ferrite::intrinsic = "slice_index_range"]
pub fn index_range_mut<T>(s: &mut [T], lo: usize, hi: usize) -> &mut [T];

// `Vec::from([a, b])`: rustc's `impl<T, const N: usize> From<[T; N]> for Vec<T>`; Ferrite
// checks the argument's type in typeck/collection_bounds.py (no const generics), and
// refuses `Vec::from` of anything else (rustc's other `From` impls for `Vec`).
impl<T> Vec<T> {
    #[ferrite::intrinsic = "deque_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> Vec<T>;
}

// rustc's `impl<T> Deref for Vec<T>` (`Target = [T]`), for `T: Deref` bounds as
// `String`'s (std/string.rs).
impl<T> std::ops::Deref for Vec<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> std::ops::DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}
