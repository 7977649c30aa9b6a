//! `std::collections::binary_heap` (`BinaryHeap` is re-exported at `std::collections`,
//! resolve/std_modules.py): a max-heap over a `Vec`, in plain Rust. Its sift-up and
//! sift-down are rustc 1.95's (alloc/src/collections/binary_heap/mod.rs), comparison for
//! comparison, so the internal order `{:?}`, `iter` and `into_vec` show is rustc's.
//! rustc moves a "hole" through the vector; swapping the moving element along the same
//! path compares the same pairs and leaves the same order.

// (its Debug is the machine's, rustc's list of the vector in heap order: interp/fmt.py)
#[derive(Debug)]
pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop();
        match last {
            None => None,
            Some(item) => {
                if self.data.len() == 0 {
                    return Some(item);
                }
                self.data.push(item);
                let end = self.data.len() - 1;
                self.data.swap(0, end);
                let top = self.data.pop();
                self.sift_down_to_bottom(0);
                top
            }
        }
    }

    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.data
    }

    // rustc's `sift_up(start, pos)`: the element at `pos` climbs while it is greater
    // than its parent.
    fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut pos = pos;
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }

    // rustc's `sift_down_range(pos, end)`: the element at `pos` sinks below `end`'s
    // limit while a child is greater (the right child on a tie).
    fn sift_down_range(&mut self, pos: usize, end: usize) {
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child + 2 <= end {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
        }
    }

    // rustc's `sift_down_to_bottom(pos)` (after a `pop`): the element sinks to a leaf
    // along the greater children, then climbs back as `sift_up` does.
    fn sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child + 2 <= end {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end {
            self.data.swap(pos, child);
            pos = child;
        }
        self.sift_up(start, pos);
    }

    // rustc's `rebuild` (`From<Vec<T>>`): every parent sunk, from the last one up.
    fn rebuild(&mut self) {
        let mut n = self.data.len() / 2;
        while n > 0 {
            n -= 1;
            let end = self.data.len();
            self.sift_down_range(n, end);
        }
    }

    pub fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

// (rustc's `new` and `with_capacity` need no `T: Ord`; `push` and `pop` do)
impl<T> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.len() == 0
    }

    pub fn clear(&mut self) {
        self.data.clear()
    }

    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    pub fn iter(&self) -> std::slice::Iter<T> {
        self.data.iter()
    }

    pub fn into_iter(self) -> std::vec::IntoIter<T> {
        self.data.into_iter()
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

// rustc's `FromIterator`: collected into a `Vec`, then heapified as `From<Vec<T>>`.
impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> BinaryHeap<T> {
        let mut data = Vec::new();
        while let Some(x) = iter.next() {
            data.push(x);
        }
        BinaryHeap::from(data)
    }
}

// rustc's `Extend`: the items pushed onto the vector, then the heap property restored
// as its `rebuild_tail` does: a whole rebuild or a sift-up of each new item, whichever
// its estimate says is cheaper (so the internal order is rustc's).
impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend<X, I: Iterator<Item = T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        let start = self.data.len();
        while let Some(x) = iter.next() {
            self.data.push(x);
        }
        self.rebuild_tail(start);
    }
}

impl<'a, T: Ord + Copy> Extend<&'a T> for BinaryHeap<T> {
    fn extend<X, I: Iterator<Item = &'a T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        let start = self.data.len();
        while let Some(x) = iter.next() {
            self.data.push(std::iter::copy_value(x));
        }
        self.rebuild_tail(start);
    }
}

impl<T: Ord> BinaryHeap<T> {
    fn rebuild_tail(&mut self, start: usize) {
        let len = self.data.len();
        if start == len {
            return;
        }
        let tail_len = len - start;
        // (`log2_fast(start)`: the index of its highest set bit)
        let mut log2 = 0;
        let mut x = start;
        while x > 1 {
            x /= 2;
            log2 += 1;
        }
        let better_to_rebuild = if start < tail_len {
            true
        } else if len <= 2048 {
            2 * len < tail_len * log2
        } else {
            2 * len < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < len {
                self.sift_up(0, i);
                i += 1;
            }
        }
    }
}
