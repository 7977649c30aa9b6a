// The remainder operator panics on a zero divisor too.
fn is_multiple(number: i64, factor: i64) -> bool {
    number % factor == 0
}

fn main() {
    let mut factor = 3;
    while factor >= 0 {
        println!("12 is a multiple of {}: {}", factor, is_multiple(12, factor));
        factor -= 1;
    }
}
