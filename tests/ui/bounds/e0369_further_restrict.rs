// Comparing values of a parameter bounded by `Copy` only: rustc offers `+ PartialEq`.
fn has<T: Copy>(items: &[T], x: T) -> bool {
    for &i in items {
        if i == x {
            return true;
        }
    }
    false
}

fn main() {
    println!("{}", has(&[1, 2], 2));
}
