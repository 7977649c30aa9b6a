//@ mode: test
#[expect(unused_variables)]
fn helper() -> i32 {
    let temp = 3;
    5
}

#[test]
fn helper_gives_five() {
    assert_eq!(helper(), 5);
}
