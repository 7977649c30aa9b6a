//@ mode: test
// should_panic (with and without an expected message) and ignored tests.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}

#[test]
#[should_panic]
fn panics_on_zero() {
    divide(1, 0);
}

#[test]
#[should_panic(expected = "divide by zero")]
fn panics_with_message() {
    divide(1, 0);
}

#[test]
#[should_panic]
fn does_not_panic() {
    assert_eq!(divide(4, 2), 2);
}

#[test]
#[should_panic(expected = "overflow")]
fn wrong_message() {
    divide(1, 0);
}

#[test]
#[ignore]
fn slow() {
    assert!(true);
}

#[test]
#[ignore = "not ready"]
fn later() {}
