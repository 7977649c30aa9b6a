//@ mode: check
use std::fmt::Display;

fn wrap<T>(x: &T) -> String
where
    T: Display,
{
    format!("<{}>", x)
}

fn main() {
    let name = String::from("ann");
    println!("{}", wrap(name.as_str()));
}
