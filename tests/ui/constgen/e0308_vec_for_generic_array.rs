fn first<const N: usize>(xs: [u8; N]) -> u8 {
    xs[0]
}
fn main() {
    let v = vec![1u8, 2];
    println!("{}", first(v));
}
