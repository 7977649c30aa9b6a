// `inspect` sees each item as it passes through, lazily.
fn main() {
    let v = vec![1, 2, 3, 4];
    let doubled: Vec<i32> = v
        .iter()
        .inspect(|x| println!("before: {}", x))
        .map(|x| x * 2)
        .inspect(|x| println!("after: {}", x))
        .take(2)
        .collect();
    println!("{:?}", doubled);
}
