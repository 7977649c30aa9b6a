fn main() {
    let v = vec![1, 2, 3];
    match v.as_slice() {
        [] => println!("empty"),
        [first, ..] => println!("first {first}"),
        [a, b] => println!("{a} {b}"),
    }
}
