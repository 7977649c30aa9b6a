// Returning data with lifetime `'b` where the signature promises `'a`.
fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", first("ab", "c"));
}
