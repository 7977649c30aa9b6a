//@ mode: check
// Calling a function that was never written.
fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    println!("{}", tripple(3));
    println!("{}", double(3));
}
