// `square` should return its argument multiplied by itself.

fn square(n: i64) -> i64 {
    n * n
}

fn main() {
    println!("{}", square(12));
}

#[test]
fn squares() {
    assert_eq!(square(3), 9);
    assert_eq!(square(-4), 16);
}
