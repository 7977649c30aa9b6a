//! `core::iter`, as Ferrite models it: the prelude's `Iterator` trait, with `next`
//! required and the other methods written in Rust as std's defaults.

pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if let None = self.next() {
                return None;
            }
            i += 1;
        }
        self.next()
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(mut self, f: F) -> Option<Self::Item> {
        let first = self.next()?;
        Some(self.fold(first, f))
    }

    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
        Map { iter: self, f }
    }

    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
        Filter { iter: self, predicate }
    }

    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n }
    }

    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n }
    }

    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }

    fn zip<U: Iterator>(self, other: U) -> Zip<Self, U> {
        Zip { a: self, b: other }
    }

    fn chain<U: Iterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U> {
        Chain { a: self, b: other, first_done: false }
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    // rustc's, with its `where Self:` clause (checked at each call: typeck/self_bounds.py).
    fn rposition<P>(&mut self, mut predicate: P) -> Option<usize>
    where
        P: FnMut(Self::Item) -> bool,
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let n = self.len();
        let mut i = n;
        while let Some(v) = self.next_back() {
            i -= 1;
            if predicate(v) {
                return Some(i);
            }
        }
        None
    }

    fn step_by(self, step: usize) -> StepBy<Self> {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step_minus_one: step - 1, first_take: true }
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f }
    }

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, flag: false, predicate }
    }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, flag: false, predicate }
    }

    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> {
        Inspect { iter: self, f }
    }

    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F> {
        Scan { iter: self, f, state: initial_state }
    }

    // rustc's `copied<'a, T: 'a + Copy>(self) where Self: Iterator<Item = &'a T>` (and
    // `cloned` with `T: Clone`): typeck/iter_clone.py checks the items at the call.
    fn copied(self) -> Copied<Self> {
        Copied { it: self }
    }

    fn cloned(self) -> Cloned<Self> {
        Cloned { it: self }
    }

    // rustc's `where Self: Clone`: typeck/iter_clone.py checks the iterator's type.
    fn cycle(self) -> Cycle<Self> {
        Cycle { orig: std::iter::copy_value(&self), iter: self }
    }

    fn peekable(self) -> Peekable<Self, Self::Item> {
        Peekable { iter: self, peeked: None }
    }

    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P> {
        MapWhile { iter: self, predicate }
    }

    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }

    // rustc's `max` and `min` need `Self::Item: Ord` (typeck/iter_ord.py); the
    // comparison is the machine's (`std::iter::less`).
    fn max(mut self) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if !std::iter::less(&x, &best) {
                best = x;
            }
        }
        Some(best)
    }

    fn min(mut self) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if std::iter::less(&x, &best) {
                best = x;
            }
        }
        Some(best)
    }

    // With the learner's comparator: of equal elements `max_by` keeps the last, `min_by`
    // the first, as rustc's.
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> std::cmp::Ordering>(mut self, mut compare: F)
        -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if compare(&best, &x) != std::cmp::Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> std::cmp::Ordering>(mut self, mut compare: F)
        -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if compare(&best, &x) == std::cmp::Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn max_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if !std::iter::less(&k, &key) {
                best = x;
                key = k;
            }
        }
        Some(best)
    }

    fn min_by_key<B, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if std::iter::less(&k, &key) {
                best = x;
                key = k;
            }
        }
        Some(best)
    }

    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev { iter: self }
    }

    // (`FromIterator` and its impls: std/collect.rs)
    #[must_use = "if you really need to exhaust the iterator, consider `.for_each(drop)` instead"]
    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::from_iter(self)
    }

    // `<I as IntoIterator>::into_iter` of std's `impl<I: Iterator> IntoIterator for I`.
    fn into_iter(self) -> Self {
        self
    }

    // (`Sum`, `Product` and their impls: std/accum.rs)
    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::sum(self)
    }

    fn product<P: Product<Self::Item>>(self) -> P {
        P::product(self)
    }

    // rustc's `flatten(self) -> Flatten<Self> where Self::Item: IntoIterator`: Ferrite's
    // adapter names the items' iterator `U` (typeck/iter_flatten.py settles it from the
    // items' type; the machine turns each item into it with `std::iter::into_iter_of`).
    fn flatten<U>(self) -> Flatten<Self, U> {
        Flatten { iter: self, front: None, back: None }
    }

    // rustc's `flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>`, with `J`, `U`'s
    // iterator, settled as `flatten`'s.
    fn flat_map<U, F: FnMut(Self::Item) -> U, J>(self, f: F) -> FlatMap<Self, U, F, J> {
        FlatMap { iter: self, f, front: None, _u: None }
    }

    fn fuse(self) -> Fuse<Self> {
        Fuse { iter: Some(self) }
    }

    // rustc's pushes with `Extend::extend_one`; Ferrite's `Extend` takes an iterator.
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(mut self, mut f: F) -> (B, B) {
        let mut left: B = std::iter::make_default();
        let mut right: B = std::iter::make_default();
        while let Some(x) = self.next() {
            if f(&x) {
                B::extend(&mut left, std::iter::once(x));
            } else {
                B::extend(&mut right, std::iter::once(x));
            }
        }
        (left, right)
    }

    // rustc's `where Self: Iterator<Item = (A, B)>`: typeck/iter_pairs.py unifies the
    // items with `(A, B)` at the call (a `where Self:` clause takes traits, not `Item = ..`).
    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(mut self) -> (FromA, FromB) {
        let mut a: FromA = std::iter::make_default();
        let mut b: FromB = std::iter::make_default();
        while let Some(item) = self.next() {
            let (x, y): (A, B) = std::iter::as_pair(item);
            FromA::extend(&mut a, std::iter::once(x));
            FromB::extend(&mut b, std::iter::once(y));
        }
        (a, b)
    }
}

/// The types a range iterates over: rustc's unstable `core::iter::Step` (named so
/// that no learner's item takes its place; diagnostics call it `Step`).
pub trait FerriteStep {}

impl FerriteStep for i8 {}
impl FerriteStep for i16 {}
impl FerriteStep for i32 {}
impl FerriteStep for i64 {}
impl FerriteStep for i128 {}
impl FerriteStep for isize {}
impl FerriteStep for u8 {}
impl FerriteStep for u16 {}
impl FerriteStep for u32 {}
impl FerriteStep for u64 {}
impl FerriteStep for u128 {}
impl FerriteStep for usize {}
impl FerriteStep for char {}

/// An iterator that yields from both ends.
pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if let None = self.next_back() {
                return None;
            }
            i += 1;
        }
        self.next_back()
    }

    fn rfold<B, F>(mut self, init: B, mut f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut acc = init;
        while let Some(x) = self.next_back() {
            acc = f(acc, x);
        }
        acc
    }

    fn rfind<P>(&mut self, mut predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

/// An iterator that knows its exact length (rustc's `len` comes from `size_hint`,
/// which Ferrite's iterators do not keep: each impl gives it directly).
pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize;
}

impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

// rustc's: the index of an item from the back is the count so far plus the items left.
impl<I: ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let a = self.iter.next_back()?;
        let len = self.iter.len();
        Some((self.count + len, a))
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<I: ExactSizeIterator + DoubleEndedIterator> ExactSizeIterator for Rev<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {
    fn len(&self) -> usize {
        let n = self.iter.len();
        if n < self.n { n } else { self.n }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {
    fn len(&self) -> usize {
        let n = self.iter.len();
        if n > self.n { n - self.n } else { 0 }
    }
}

impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {
    fn len(&self) -> usize {
        let (a, b) = (self.a.len(), self.b.len());
        if a < b { a } else { b }
    }
}

impl<I: ExactSizeIterator, F: FnMut(&I::Item)> ExactSizeIterator for Inspect<I, F> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<'a, T: 'a + Copy, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Copied<I> {
    fn len(&self) -> usize {
        self.it.len()
    }
}

impl<'a, T: 'a + Clone, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Cloned<I> {
    fn len(&self) -> usize {
        self.it.len()
    }
}

impl<T> ExactSizeIterator for std::slice::Iter<T> {
    #[ferrite::intrinsic = "iter_state_len"]
    fn len(&self) -> usize;
}

impl<T> ExactSizeIterator for std::slice::IterMut<T> {
    #[ferrite::intrinsic = "iter_state_len"]
    fn len(&self) -> usize;
}

// `a < b` for the `Ord` items of `max`, `min` and their `_by_key` forms.
#[ferrite::intrinsic = "iter_less"]
pub fn less<T>(a: &T, b: &T) -> bool;

// `a < b` as `PartialOrd::lt` (std's sorts compare so; `less` is `Ord::cmp`'s `Less`).
#[ferrite::intrinsic = "iter_lt"]
pub fn lt<T>(a: &T, b: &T) -> bool;

/// The iterator of `Iterator::map`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

/// The iterator of `Iterator::filter`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

/// The iterator of `Iterator::take`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::iter::Take"]
pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        self.iter.next()
    }
}

/// The iterator of `Iterator::skip`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n -= 1;
            if let None = self.iter.next() {
                return None;
            }
        }
        self.iter.next()
    }
}

/// The iterator of `Iterator::enumerate`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}

/// The iterator of `Iterator::zip`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

/// The iterator of `Iterator::chain`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::iter::Chain"]
pub struct Chain<A, B> {
    a: A,
    b: B,
    first_done: bool,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if !self.first_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.first_done = true,
            }
        }
        self.b.next()
    }
}

/// The iterator of `Iterator::rev`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Rev<I> {
    iter: I,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}

/// The iterator of `Iterator::step_by`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct StepBy<I> {
    iter: I,
    step_minus_one: usize,
    first_take: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.first_take {
            self.first_take = false;
            self.iter.next()
        } else {
            self.iter.nth(self.step_minus_one)
        }
    }
}

// rustc's `size_hint` of a `StepBy`: the first item, then one per whole step left.
impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {
    fn len(&self) -> usize {
        let n = self.iter.len();
        let step = self.step_minus_one + 1;
        if self.first_take {
            if n == 0 { 0 } else { 1 + (n - 1) / step }
        } else {
            n / step
        }
    }
}

/// The iterator of `Iterator::filter_map`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

// rustc's adapters are double-ended when what they adapt is: `v.iter().map(f).rev()`.
impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> Option<B>> DoubleEndedIterator for FilterMap<I, F> {
    fn next_back(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next_back() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

/// The iterator of `Iterator::take_while`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct TakeWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.flag {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.predicate)(&x) {
                    Some(x)
                } else {
                    self.flag = true;
                    None
                }
            }
            None => None,
        }
    }
}

/// The iterator of `Iterator::skip_while`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct SkipWhile<I, P> {
    iter: I,
    flag: bool,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.flag || !(self.predicate)(&x) {
                self.flag = true;
                return Some(x);
            }
        }
        None
    }
}

/// The iterator of `Iterator::inspect`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            Some(x) => {
                (self.f)(&x);
                Some(x)
            }
            None => None,
        }
    }
}

/// The iterator of `Iterator::scan`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Scan<I, St, F> {
    iter: I,
    f: F,
    state: St,
}

impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(a) => (self.f)(&mut self.state, a),
            None => None,
        }
    }
}

/// The iterator of `Iterator::map_while` (not fused, as rustc's is not).
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct MapWhile<I, P> {
    iter: I,
    predicate: P,
}

impl<B, I: Iterator, P: FnMut(I::Item) -> Option<B>> Iterator for MapWhile<I, P> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => (self.predicate)(x),
            None => None,
        }
    }
}

/// The iterator of `Iterator::peekable`. (rustc's is `Peekable<I>` with a field of type
/// `Option<Option<I::Item>>`; Ferrite's structs take no bounds, so the item type is a
/// second parameter.)
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Peekable<I, T> {
    iter: I,
    peeked: Option<Option<T>>,
}

impl<I: Iterator<Item = T>, T> Iterator for Peekable<I, T> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }
}

impl<I: Iterator<Item = T>, T> Peekable<I, T> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }

    pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item> {
        let next = match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        };
        match next {
            Some(matched) => {
                if func(&matched) {
                    return Some(matched);
                }
                self.peeked = Some(Some(matched));
                None
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}

// `Default::default()` of the std types typeck/collection_bounds.py lets through
// (the machine makes them: interp/shims_map.py).
#[ferrite::intrinsic = "default_value"]
pub fn make_default<V>() -> V;

// `*a == *b` for `Vec::dedup` (interp/shims_adapters.py).
#[ferrite::intrinsic = "iter_equal"]
pub fn equal<T>(a: &T, b: &T) -> bool;

// The item itself, as the pair that typeck/iter_pairs.py proved it is (`unzip`).
#[ferrite::intrinsic = "iter_as_pair"]
pub fn as_pair<T, A, B>(x: T) -> (A, B);

// A copy of `*x` (interp/shims_adapters.py): `Copy` and the plain `Clone`s.
#[ferrite::intrinsic = "iter_copy_value"]
pub fn copy_value<T>(x: &T) -> T;

/// The iterator of `Iterator::copied`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Copied<I> {
    it: I,
}

impl<'a, T: 'a, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.it.next() {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }
}

impl<'a, T: 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.it.next_back() {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }
}

/// The iterator of `Iterator::cloned`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Cloned<I> {
    it: I,
}

impl<'a, T: 'a, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.it.next() {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }
}

impl<'a, T: 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.it.next_back() {
            Some(x) => Some(std::iter::copy_value(x)),
            None => None,
        }
    }
}

/// The iterator of `Iterator::cycle`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Cycle<I> {
    orig: I,
    iter: I,
}

impl<I: Iterator> Iterator for Cycle<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            None => {
                self.iter = std::iter::copy_value(&self.orig);
                self.iter.next()
            }
            y => y,
        }
    }
}

/// `for` over a type that is not an iterator itself calls its `into_iter` first. (rustc's
/// `type IntoIter: Iterator<Item = Self::Item>`: Ferrite's traits take no bounds on
/// associated types, so typeck/into_iter_impls.py checks the learner's impls.) std's own
/// `IntoIterator` impls are modelled elsewhere (typeck/into_iter.py).
pub trait IntoIterator {
    type Item;
    type IntoIter;

    fn into_iter(self) -> Self::IntoIter;
}

/// The iterator of `Iterator::fuse`: `None` for good once its iterator has said `None`.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Fuse<I> {
    iter: Option<I>,
}

impl<I: Iterator> Iterator for Fuse<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let got = match &mut self.iter {
            Some(it) => it.next(),
            None => return None,
        };
        if got.is_none() {
            self.iter = None;
        }
        got
    }
}

/// `std::iter::once`: an iterator of the one value.
pub fn once<T>(value: T) -> std::iter::Once<T> {
    std::iter::Once { value: Some(value) }
}

/// The iterator of `std::iter::once`.
#[ferrite::full_path]
pub struct Once<T> {
    value: Option<T>,
}

impl<T> Iterator for std::iter::Once<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.value.take()
    }
}

// `IntoIterator::into_iter(x)` of a std type typeck/iter_flatten.py proved iterable
// (the machine converts by `T`: interp/shims_adapters.py).
#[ferrite::intrinsic = "iter_into_iter"]
pub fn into_iter_of<T, U>(x: T) -> U;

/// The iterator of `Iterator::flatten`. (rustc's is `Flatten<I>`; Ferrite's structs take
/// no bounds, so the items' iterator type is a second parameter, as `Peekable`'s.)
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Flatten<I, U> {
    iter: I,
    front: Option<U>,
    back: Option<U>,     // (the inner iterator `next_back` works on, as rustc's)
}

impl<I: Iterator, U: Iterator> Iterator for Flatten<I, U> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(v) => self.front = Some(std::iter::into_iter_of(v)),
                None => {
                    return match &mut self.back {
                        Some(inner) => inner.next(),
                        None => None,
                    };
                }
            }
        }
    }
}

// `v.into_iter().flatten().rev()`: rustc's where both iterators are double-ended.
impl<I: DoubleEndedIterator, U: DoubleEndedIterator> DoubleEndedIterator for Flatten<I, U> {
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.back {
                if let Some(x) = inner.next_back() {
                    return Some(x);
                }
                self.back = None;
            }
            match self.iter.next_back() {
                Some(v) => self.back = Some(std::iter::into_iter_of(v)),
                None => {
                    return match &mut self.front {
                        Some(inner) => inner.next_back(),
                        None => None,
                    };
                }
            }
        }
    }
}

/// The iterator of `Iterator::flat_map` (rustc's `FlatMap<I, U, F>`; Ferrite's fourth
/// parameter is `U`'s iterator, and `U` is a parameter of the struct so that the
/// machine knows the closure's result type when it converts it; `_u` is always `None`).
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct FlatMap<I, U, F, J> {
    iter: I,
    f: F,
    front: Option<J>,
    _u: Option<U>,
}

impl<I: Iterator, U, F: FnMut(I::Item) -> U, J: Iterator> Iterator for FlatMap<I, U, F, J> {
    type Item = J::Item;

    fn next(&mut self) -> Option<J::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(v) => self.front = Some(std::iter::into_iter_of((self.f)(v))),
                None => return None,
            }
        }
    }
}

/// `std::iter::repeat`: the value again and again (a clone each time).
pub fn repeat<T: Clone>(elt: T) -> std::iter::Repeat<T> {
    std::iter::Repeat { element: elt }
}

/// The iterator of `std::iter::repeat`.
#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct Repeat<A> {
    element: A,
}

impl<A: Clone> Iterator for std::iter::Repeat<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        Some(self.element.clone())
    }
}

/// `std::iter::from_fn`: each item is what the closure returns, until it returns `None`.
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> std::iter::FromFn<F> {
    std::iter::FromFn { f }
}

/// The iterator of `std::iter::from_fn`.
#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct FromFn<F> {
    f: F,
}

impl<T, F: FnMut() -> Option<T>> Iterator for std::iter::FromFn<F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}

/// `std::iter::successors`: `first`, then each next item computed from the one before.
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> std::iter::Successors<T, F> {
    std::iter::Successors { next: first, succ }
}

/// The iterator of `std::iter::successors`.
#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for std::iter::Successors<T, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
}
