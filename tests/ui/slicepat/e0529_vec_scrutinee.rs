fn main() {
    let v = vec![1, 2, 3];
    match v {
        [a, ..] => println!("{a}"),
        _ => {}
    }
}
