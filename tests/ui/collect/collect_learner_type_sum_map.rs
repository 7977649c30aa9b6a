use std::iter::Sum;

struct Points(u32);

impl<'a> Sum<&'a Points> for Points {
    fn sum<I: Iterator<Item = &'a Points>>(iter: I) -> Points {
        Points(iter.map(|p| p.0).sum())
    }
}

fn main() {
    let rounds = [Points(3), Points(7)];
    let total: Points = rounds.iter().sum();
    println!("{}", total.0);
}
