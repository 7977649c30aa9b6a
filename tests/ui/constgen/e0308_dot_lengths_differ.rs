fn dot<const N: usize>(a: [i32; N], b: [i32; N]) -> i32 {
    let mut s = 0;
    for i in 0..N {
        s += a[i] * b[i];
    }
    s
}
fn main() {
    println!("{}", dot([1, 2, 3], [4, 5, 6, 7]));
}
