//@ mode: test
// should_panic that does not panic, and an ignored test with a reason.
fn clamp(value: i32, low: i32, high: i32) -> i32 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

#[test]
#[should_panic(expected = "low > high")]
fn rejects_inverted_bounds() {
    clamp(5, 10, 0);
}

#[test]
fn clamps() {
    assert_eq!(clamp(-5, 0, 10), 0);
    assert_eq!(clamp(15, 0, 10), 10);
    assert_eq!(clamp(7, 0, 10), 7);
}

#[test]
#[ignore = "takes too long"]
fn exhaustive() {
    for v in -1000..1000 {
        assert!(clamp(v, 0, 10) <= 10);
    }
}
