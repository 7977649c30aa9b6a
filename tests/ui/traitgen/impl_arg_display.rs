// `impl Display` in argument position, behind a reference.
use std::fmt::Display;

fn show(x: &impl Display) {
    println!("<{}>", x);
}

fn main() {
    show(&5);
    show(&'z');
    show(&"words");
}
