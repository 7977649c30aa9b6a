// An opaque type passed where a concrete type is expected.
fn takes_range(r: std::ops::Range<u32>) -> u32 {
    r.end
}

fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn main() {
    println!("{}", takes_range(evens(3)));
}
