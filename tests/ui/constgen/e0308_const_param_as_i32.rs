fn halves<const N: usize>(xs: [u8; N]) -> usize {
    let half: i32 = N / 2;
    half as usize + xs.len()
}
fn main() {
    println!("{}", halves([1, 2, 3, 4]));
}
