//@ mode: test
// assert_ne! fails when both sides are equal.
fn next_id(current: u32) -> u32 {
    current * 1
}

#[test]
fn ids_change() {
    assert_ne!(next_id(5), 5);
}

#[test]
fn ids_change_with_message() {
    let id = 9;
    assert_ne!(next_id(id), id, "next_id({}) returned the same id", id);
}

#[test]
fn zero_stays_zero() {
    assert_eq!(next_id(0), 0);
}
