// A lifetime parameter declared twice.
fn f<'a, 'a>(x: &'a str) -> &'a str {
    x
}

fn main() {
    println!("{}", f("ab"));
}
