// Mutating an argument of `longest` while its result is still used.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abc");
    let mut b = String::from("de");
    let r = longest(&a, &b);
    b.push('!');
    println!("{r}");
}
