use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Counter {
    count: u32,
}

impl Add for Counter {
    type Output = Counter;

    fn add(self, other: Counter) -> Counter {
        Counter { count: self.count + other.count }
    }
}

fn main() {
    let mut c = Counter { count: 1 };
    let d = c + c;
    c += d;
    println!("{:?}", c);
}
