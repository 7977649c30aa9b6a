// A `Vec<i32>` is not an iterator: rustc suggests `into_iter()`.
fn main() {
    let v: Vec<i32> = vec![1, 2, 3];
    let n = v.map(|x| x * 2).count();
    println!("{}", n);
}
