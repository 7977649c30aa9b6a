//@ mode: test
// Passing tests for a conversion function, including floats.
fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

#[test]
fn freezing_point() {
    assert_eq!(to_fahrenheit(0.0), 32.0);
}

#[test]
fn boiling_point() {
    assert_eq!(to_fahrenheit(100.0), 212.0);
}

#[test]
fn minus_forty_is_the_same() {
    assert!(to_fahrenheit(-40.0) == -40.0, "-40 should map to itself");
}
