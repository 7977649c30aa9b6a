fn to_fixed<const N: usize>(a: [i32; N]) -> [i32; 3] {
    a
}
fn main() {
    println!("{:?}", to_fixed([1, 2, 3]));
}
