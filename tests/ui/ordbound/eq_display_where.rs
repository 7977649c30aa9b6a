// `T: PartialEq + Display` in a `where` clause, with `!=` on references.
use std::fmt::Display;

fn report<T>(expected: &T, got: &T)
where
    T: PartialEq + Display,
{
    if expected != got {
        println!("expected {}, got {}", expected, got);
    } else {
        println!("ok: {}", got);
    }
}

fn main() {
    report(&42, &42);
    report(&'a', &'b');
    report(&String::from("x"), &String::from("y"));
}
