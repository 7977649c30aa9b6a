// The caller cannot name the hidden type: it only knows an opaque type.
fn evens(n: u32) -> impl Iterator<Item = u32> {
    (0..n).filter(|x| x % 2 == 0)
}

fn main() {
    let v: std::ops::Range<u32> = evens(5);
    let _ = v;
}
