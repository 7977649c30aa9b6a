// A negative literal index is rejected with a hint to count from the end.
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[-1]);
}
