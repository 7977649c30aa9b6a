//@ mode: test
// An arithmetic overflow inside a test makes that test fail.
fn total_weight(items: u8, weight_each: u8) -> u8 {
    items * weight_each
}

#[test]
fn light_load() {
    assert_eq!(total_weight(4, 20), 80);
}

#[test]
fn heavy_load() {
    assert_eq!(total_weight(10, 30), 44);
}
