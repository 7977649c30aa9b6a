//@ mode: test
// libtest runs (and lists) tests sorted by name, not in source order.
fn add(a: i64, b: i64) -> i64 {
    a + b
}

#[test]
fn zebra() {
    assert_eq!(add(1, 1), 2);
}

#[test]
fn apple() {
    assert_eq!(add(-1, 1), 0);
}

#[test]
fn mango_fails() {
    assert_eq!(add(2, 2), 5);
}

#[test]
fn apple_pie() {
    assert!(add(3, 4) == 7);
}

#[test]
fn banana_fails_too() {
    assert!(add(0, 0) != 0, "adding zeros gave {}", add(0, 0));
}
