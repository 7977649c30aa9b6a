// The learner's iterator yields `u32`; the bound wants `i64`.
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 3 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn show<I: Iterator<Item = i64>>(it: I) {
    for x in it {
        println!("{}", x);
    }
}

fn main() {
    show(Counter { n: 0 });
}
