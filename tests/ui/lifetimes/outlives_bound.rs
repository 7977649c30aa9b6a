// With `'b: 'a`, data of lifetime `'b` may be returned as `'a`.
fn either<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let s = String::from("hello");
    println!("{}", either(&s, "hi"));
}
