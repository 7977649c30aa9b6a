// The same lifetime on two inputs still counts as two positions for elision.
fn pick<'a>(x: &'a str, y: &'a str) -> &str {
    println!("{y}");
    x
}

fn main() {
    println!("{}", pick("a", "b"));
}
