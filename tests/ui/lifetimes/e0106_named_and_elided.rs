// Two input lifetimes, one of them elided: the output cannot be elided.
fn pick<'a>(x: &'a str, y: &str) -> &str {
    println!("{y}");
    x
}

fn main() {
    println!("{}", pick("a", "b"));
}
