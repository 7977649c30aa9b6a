use std::ops::AddAssign;

#[derive(Debug)]
struct Score(u32);

impl AddAssign for Score {
    fn add_assign(&mut self, other: Score) {
        self.0 += other.0;
    }
}

fn main() {
    let s = Score(1);
    s += Score(2);
    println!("{:?}", s);
}
