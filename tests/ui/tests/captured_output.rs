//@ mode: test
// Output printed by a test is captured; libtest shows it only for failing tests.
fn triple(n: u32) -> u32 {
    n * 3
}

#[test]
fn passing_test_prints() {
    println!("this line is captured and not shown");
    assert_eq!(triple(2), 6);
}

#[test]
fn failing_test_prints() {
    println!("checking triple(5)");
    let result = triple(5);
    println!("got {}", result);
    assert_eq!(result, 16, "triple(5) should be 16");
}
