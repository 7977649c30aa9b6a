//@ mode: check
// Only `const fn`s can be called in constants.
fn square(n: i32) -> i32 {
    n * n
}

const AREA: i32 = square(4);

fn main() {
    println!("{AREA}");
}
