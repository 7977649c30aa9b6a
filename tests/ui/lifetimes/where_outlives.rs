// The same bound written in a `where` clause.
fn either<'a, 'b>(x: &'a str, y: &'b str) -> &'a str
where
    'b: 'a,
{
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let s = String::from("abc");
    let t = String::from("abcd");
    println!("{}", either(&s, &t));
}
