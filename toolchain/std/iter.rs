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
}
