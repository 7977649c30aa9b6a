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

    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }

    // (`FromIterator` and its impls: std/collect.rs)
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
}

// `a < b` for the `Ord` items of `max`, `min` and their `_by_key` forms.
#[ferrite::intrinsic = "iter_less"]
pub fn less<T>(a: &T, b: &T) -> bool;

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
