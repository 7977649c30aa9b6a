//@ mode: check
// A bare type parameter has no `*`; rustc's bound names the right operand and the result.
fn scale<T>(x: T) -> u8 {
    x * 3u8
}

fn main() {
    println!("{}", scale(4u8));
}
