//@ mode: test
// Panics from helpers: divide by zero, an explicit panic and an expected one.
fn safe_div(a: u32, b: u32) -> u32 {
    if b == 0 {
        panic!("cannot divide {} by zero", a);
    }
    a / b
}

fn raw_div(a: u32, b: u32) -> u32 {
    a / b
}

#[test]
fn raw_divide_by_zero() {
    assert_eq!(raw_div(4, 0), 0);
}

#[test]
fn safe_divide_by_zero() {
    safe_div(8, 0);
}

#[test]
#[should_panic(expected = "cannot divide 8")]
fn expected_panic() {
    safe_div(8, 0);
}

#[test]
fn ok() {
    assert_eq!(safe_div(8, 2), 4);
}
