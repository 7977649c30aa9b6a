struct Crate;

fn main() {
    let mut stack = vec![Crate, Crate];
    stack.sort();
}
