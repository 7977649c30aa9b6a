//@ mode: check
// Equality between a u8 and a usize.
fn count_up(n: usize) -> usize {
    n + 1
}

fn main() {
    let small: u8 = 4;
    if count_up(3) == small {
        println!("equal");
    }
}
