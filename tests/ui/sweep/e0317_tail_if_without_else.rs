//@ mode: check
// The last `if` of a function returning a value lacks its `else`.
fn sign(n: i32) -> i32 {
    if n < 0 {
        return -1;
    }
    if n > 0 {
        1
    }
}

fn main() {
    println!("{}", sign(4));
}
