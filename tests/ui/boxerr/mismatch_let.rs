// A `Box<dyn Error>` where an `i32` is expected.
use std::error::Error;

fn fail() -> Box<dyn Error> {
    "oops".into()
}

fn main() {
    let n: i32 = fail();
    println!("{n}");
}
