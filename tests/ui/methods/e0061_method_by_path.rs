// A method called by its path: rustc says "this function takes", and "method defined here".
struct Meter {
    n: u32,
}

impl Meter {
    fn add(&self, k: u32) -> u32 {
        self.n + k
    }
}

fn main() {
    let m = Meter { n: 1 };
    println!("{}", Meter::add(&m, 1, 2));
}
