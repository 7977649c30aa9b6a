// `y` has an elided lifetime but is returned as `&'a str`.
fn pick<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", pick("ab", "c"));
}
