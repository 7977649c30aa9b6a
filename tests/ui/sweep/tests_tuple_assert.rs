//@ mode: test
// Comparing tuples in tests: the failure shows both sides with Debug.
fn divmod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

#[test]
fn positive() {
    assert_eq!(divmod(17, 5), (3, 2));
}

#[test]
fn negative_rounds_down() {
    assert_eq!(divmod(-17, 5), (-4, 3));
}

#[test]
fn labelled() {
    assert_eq!(divmod(9, 3), (3, 0), "9 / 3");
    assert_eq!(("a", 'b', true), ("a", 'b', false));
}
