// Once the result of `longest` is no longer used, its arguments are free again.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abc");
    let mut b = String::from("de");
    let r = longest(&a, &b);
    println!("{r}");
    b.push('!');
    println!("{b}");
}
