// A learner's own `Iterator` trait, beside std's: `for` still needs std's.
trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
}

struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.left + 1)
    }
}

fn drain<I: Iterator>(it: &mut I) -> usize {
    let mut n = 0;
    while it.next().is_some() {
        n += 1;
    }
    n
}

fn main() {
    let mut c = Countdown { left: 3 };
    println!("{:?}", c.next());
    println!("{}", drain(&mut c));
    let total: u32 = (1..=4).map(|x| x * 2).sum();
    println!("{}", total);
}
