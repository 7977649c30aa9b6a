//@ mode: check
// With no expected type for the sum, the suggested bound has no `Output`.
fn bump<T>(x: T) -> i32 {
    let y = x + 1;
    y
}

fn main() {
    println!("{}", bump(4));
}
