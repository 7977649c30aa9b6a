// Returning the `'b` parameter as `'a`.
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("{x}");
    y
}

fn main() {
    println!("{}", pick("a", "b"));
}
