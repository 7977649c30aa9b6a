fn main() {
    let arr = [1, 2];
    match &arr {
        [a, b, c, ..] => println!("{a} {b} {c}"),
    }
}
