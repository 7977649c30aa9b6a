fn main() {
    let v = vec![1, 2];
    match v.as_slice() {
        [a, b] => println!("{a} {b}"),
    }
}
