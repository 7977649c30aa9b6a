use std::ops::AddAssign;

#[derive(Debug)]
struct Total(u64);

impl AddAssign<u64> for Total {
    fn add_assign(&mut self, n: u64) {
        self.0 += n;
    }
}

impl AddAssign<Total> for Total {
    fn add_assign(&mut self, t: Total) {
        self.0 += t.0;
    }
}

fn main() {
    let mut t = Total(0);
    t += "five";
    println!("{:?}", t);
}
