trait Limit {
    const MAX: u32;
    fn over(&self, n: u32) -> bool {
        n > Self::MAX
    }
}

struct Small;

impl Limit for Small {}

fn main() {
    println!("{}", Small.over(3));
}
