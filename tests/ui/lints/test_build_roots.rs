//@ mode: test
// In a test build main is still a root, but test-only helpers are used.
fn only_main_uses() -> i32 {
    2
}

fn tested(n: i32) -> i32 {
    n
}

fn main() {
    let mut q = 2;
    println!("{}", only_main_uses());
}

#[test]
fn t() {
    assert_eq!(tested(1), 1);
}
