//@ mode: test
// A failing assert! without a message shows the condition's source text.
fn is_even(n: i32) -> bool {
    n % 2 == 0
}

#[test]
fn even_and_big() {
    let n = 4;
    assert!(is_even(n) && n>10);
}

#[test]
fn odd() {
    assert!(!is_even(3));
    assert!(is_even(-3), );
}
