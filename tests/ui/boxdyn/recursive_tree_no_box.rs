//@ mode: check
#![allow(dead_code)]
// Only the first field that makes the type recursive is labelled.
enum Tree {
    Leaf(i32),
    Node(Tree, Tree),
}

fn main() {}
