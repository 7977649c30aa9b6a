use std::fmt::Display;

// `impl Display` and `impl Into<String>` arguments.
fn boxed(x: impl Display) -> String {
    format!("[{}]", x)
}

fn owned(s: impl Into<String>) -> String {
    let mut out: String = s.into();
    out.push('!');
    out
}

fn main() {
    println!("{}", boxed(42));
    println!("{}", boxed("hi"));
    println!("{}", owned("wow"));
    println!("{}", owned(String::from("yes")));
}
