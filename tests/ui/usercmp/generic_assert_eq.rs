// `assert_eq!` inside a generic function uses the bound's `eq`.
use std::fmt::Debug;

#[derive(Debug)]
struct Celsius(i32);

impl PartialEq for Celsius {
    fn eq(&self, other: &Celsius) -> bool {
        self.0 / 10 == other.0 / 10
    }
}

fn expect_same<T: PartialEq + Debug>(a: T, b: T) {
    assert_eq!(a, b, "not the same");
    println!("ok: {:?} {:?}", a, b);
}

fn main() {
    expect_same(Celsius(21), Celsius(27));
    expect_same(4, 4);
    expect_same(Celsius(19), Celsius(20));
}
