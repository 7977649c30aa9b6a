// The result of `longest` borrows from both arguments; both live long enough.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let first = String::from("a long sentence");
    let second = String::from("short");
    let winner = longest(first.as_str(), second.as_str());
    println!("the longer one is: {winner}");
}
