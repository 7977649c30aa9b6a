// `'a` is used but never declared.
fn echo(x: &'a str) -> &'a str {
    x
}

fn main() {
    println!("{}", echo("hi"));
}
