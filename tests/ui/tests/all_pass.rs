//@ mode: test
// Every test passes.
fn square(n: i32) -> i32 {
    n * n
}

fn is_even(n: i32) -> bool {
    n % 2 == 0
}

#[test]
fn squares_small_numbers() {
    assert_eq!(square(3), 9);
    assert_eq!(square(-4), 16);
}

#[test]
fn recognises_even_numbers() {
    assert!(is_even(10));
    assert!(!is_even(7), "7 should be odd");
}

#[test]
fn zero_is_even_and_its_own_square() {
    assert!(is_even(0));
    assert_eq!(square(0), 0, "zero squared");
}
