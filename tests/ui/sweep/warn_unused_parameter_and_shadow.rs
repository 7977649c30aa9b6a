//@ mode: run
// An unused parameter, and a shadowed value that is never read.
fn scale(value: i32, factor: i32) -> i32 {
    value * 2
}

fn main() {
    let x = 10;
    let x = 20;
    println!("{}", scale(x, 3));
}
