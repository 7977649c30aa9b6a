//@ mode: test
// A compile error in test mode: no test runs.
fn double(n: i32) -> i32 {
    n * 2
}

#[test]
fn doubles() {
    assert_eq!(double(2), expected);
}
