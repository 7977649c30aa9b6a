use std::ops::AddAssign;

#[derive(Debug)]
struct Tally {
    n: u64,
}

impl AddAssign<u64> for Tally {
    fn add_assign(&mut self, k: u64) {
        self.n += k;
    }
}

fn bump(t: &mut Tally) {
    *t += 10;
}

fn main() {
    let mut t = Tally { n: 1 };
    bump(&mut t);
    bump(&mut t);
    let mut all = vec![Tally { n: 0 }, Tally { n: 5 }];
    all[1] += 3;
    println!("{:?} {:?}", t, all);
}
