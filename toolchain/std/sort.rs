//! `slice::sort_by` and its relatives, as Ferrite models them (part of `std::slice`).
//! The comparator forms are plain Rust: a stable insertion sort, so equal elements
//! keep their order as rustc's stable sort guarantees (its driftsort calls the
//! comparator in another order: a comparator with side effects may see other calls).
//! The `_unstable` forms sort stably too, one of the orders rustc allows. The `Ord`
//! bounds (`T: Ord`, `K: Ord`) are checked at the call (typeck/ord_bounds.py).

impl<T> [T] {
    pub fn sort_by<F: FnMut(&T, &T) -> std::cmp::Ordering>(&mut self, mut compare: F) {
        let n = self.len();
        let mut i = 1;
        while i < n {
            let mut j = i;
            while j > 0 && compare(&self[j - 1], &self[j]) == std::cmp::Ordering::Greater {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let n = self.len();
        let mut i = 1;
        while i < n {
            let mut j = i;
            while j > 0 && std::iter::lt(&f(&self[j]), &f(&self[j - 1])) {
                self.swap(j - 1, j);
                j -= 1;
            }
            i += 1;
        }
    }

    #[ferrite::intrinsic = "slice_sort"]
    pub fn sort_unstable(&mut self);

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> std::cmp::Ordering>(&mut self, compare: F) {
        self.sort_by(compare)
    }

    pub fn sort_unstable_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F) {
        self.sort_by_key(f)
    }

    // rustc's binary search: which of several equal elements it finds is
    // unspecified; this one halves `[lo, hi)` as rustc 1.95's does.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if !std::iter::less(x, &self[mid]) {
                base = mid;
            }
            size -= half;
        }
        if std::iter::less(&self[base], x) {
            Err(base + 1)
        } else if std::iter::less(x, &self[base]) {
            Err(base)
        } else {
            Ok(base)
        }
    }

    pub fn binary_search_by<F: FnMut(&T) -> std::cmp::Ordering>(&self, mut f: F)
        -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != std::cmp::Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == std::cmp::Ordering::Equal {
            Ok(base)
        } else if cmp == std::cmp::Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }
}
