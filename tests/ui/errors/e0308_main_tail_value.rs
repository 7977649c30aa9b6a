//@ mode: check
// main returns (), so a tail expression with a value does not fit.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let n = 21;
    double(n)
}
