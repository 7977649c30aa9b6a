//@ mode: check
fn square(n) -> i32 {
    n * n
}

fn main() {}
