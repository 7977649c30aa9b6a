// `flatten` over `&{integer}` items, then `sum`: the E0599 follows the E0277.
fn main() {
    let v = vec![4, 5];
    let n: i32 = v.iter().flatten().sum();
    println!("{}", n);
}
