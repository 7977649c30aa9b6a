// Moving an argument while the result of `longest` is still used.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abc");
    let b = String::from("de");
    let r = longest(&a, &b);
    let moved = b;
    println!("{r} {moved}");
}
