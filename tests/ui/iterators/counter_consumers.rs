// Consumers that std's `Iterator` gives every iterator: count, last, nth.
struct Evens {
    cur: u64,
    end: u64,
}

impl Iterator for Evens {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        if self.cur >= self.end {
            return None;
        }
        let v = self.cur;
        self.cur += 2;
        Some(v)
    }
}

fn main() {
    println!("{}", Evens { cur: 0, end: 10 }.count());
    println!("{:?}", Evens { cur: 0, end: 10 }.last());
    let mut e = Evens { cur: 0, end: 10 };
    println!("{:?}", e.nth(1));
    println!("{:?}", e.nth(5));
}
