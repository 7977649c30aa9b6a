use std::ops::{AddAssign, SubAssign};

#[derive(Debug)]
struct Counter {
    count: u32,
}

impl AddAssign<u32> for Counter {
    fn add_assign(&mut self, n: u32) {
        self.count += n;
    }
}

impl SubAssign<u32> for Counter {
    fn sub_assign(&mut self, n: u32) {
        self.count -= n;
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c += 5;
    c += 7;
    c -= 2;
    println!("{:?}", c);
}
