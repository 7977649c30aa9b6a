//@ mode: check
// A struct that contains itself through an Option still has infinite size.
struct Node {
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
