// Through a local variable, the returned data still has `y`'s elided lifetime.
fn first<'a>(x: &'a str, y: &str) -> &'a str {
    let r = y;
    r
}

fn main() {
    println!("{}", first("a", "b"));
}
