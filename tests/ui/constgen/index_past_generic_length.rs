fn last<const N: usize>(xs: [i32; N]) -> i32 {
    xs[N]
}
fn main() {
    println!("{}", last([1, 2, 3]));
}
