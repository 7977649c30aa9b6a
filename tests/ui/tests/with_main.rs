//@ mode: test
// A program with both main and tests: under `--test`, main is not run.
fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    println!("double(21) = {}", double(21));
}

#[test]
fn doubles_positive() {
    assert_eq!(double(21), 42);
}

#[test]
fn doubles_negative() {
    assert_eq!(double(-5), -10);
}
