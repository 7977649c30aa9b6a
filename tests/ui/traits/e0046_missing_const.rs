// An impl that leaves out a required associated constant.
trait Limits {
    const MAX: u32;
    fn check(&self, n: u32) -> bool;
}

struct Gate;

impl Limits for Gate {
    fn check(&self, n: u32) -> bool {
        n < 10
    }
}

fn main() {
    println!("{}", Gate.check(3));
}
