// Two named lifetimes: rustc lists them and asks for one.
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &str {
    println!("{y}");
    x
}

fn main() {
    println!("{}", pick("a", "b"));
}
