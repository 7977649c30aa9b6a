//@ mode: run
// In a normal build #[test] functions are gone, so their helpers are dead code.
fn only_main_uses() -> i32 {
    2
}

fn tested(n: i32) -> i32 {
    n
}

fn main() {
    let mut q = 2;
    println!("{}", only_main_uses());
}

#[test]
fn t() {
    assert_eq!(tested(1), 1);
}
