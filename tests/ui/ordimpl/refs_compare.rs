use std::cmp::Ordering;

#[derive(PartialEq)]
struct Score {
    points: i32,
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        other.points.partial_cmp(&self.points)
    }
}

fn better<'a>(a: &'a Score, b: &'a Score) -> &'a Score {
    if a < b { a } else { b }
}

fn main() {
    let x = Score { points: 10 };
    let y = Score { points: 20 };
    let rx = &x;
    let ry = &y;
    println!("{}", rx < ry);
    println!("{}", &rx >= &ry);
    println!("{}", better(&x, &y).points);
}
