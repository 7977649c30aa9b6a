//@ mode: test
// A buggy function caught by assert_eq!.
fn celsius_to_fahrenheit(celsius: i32) -> i32 {
    celsius * 9 / 5 + 23
}

#[test]
fn freezing_point() {
    assert_eq!(celsius_to_fahrenheit(0), 32);
}

#[test]
fn sign_of_result() {
    assert!(celsius_to_fahrenheit(100) > 0);
}
