fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().sum();
    let first: i32 = v.iter().next().unwrap();
    println!("{total} {first}");
}
