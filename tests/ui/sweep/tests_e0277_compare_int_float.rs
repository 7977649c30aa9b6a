//@ mode: test
// assert_eq! between an integer and a float does not compile.
fn half(n: i32) -> i32 {
    n / 2
}

#[test]
fn halves() {
    assert_eq!(half(5), 2.5);
}
