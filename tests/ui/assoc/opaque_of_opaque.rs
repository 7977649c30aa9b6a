// An opaque type built from another function's opaque type.
fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn odds(n: u32) -> impl Iterator<Item = u32> {
    evens(n).map(|x| x + 1)
}

fn main() {
    for x in odds(7) {
        print!("{} ", x);
    }
    println!();
}
