// A Vec is not an iterator: `map` needs `iter()` or `into_iter()` first.
fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.map(|x| x * 2).sum();
    println!("{}", total);
}
