//@ mode: check
// Every alternative of an or-pattern must bind the same variables.
enum Op {
    Push(i32),
    Pop,
}

fn main() {
    let op = Op::Push(3);
    match op {
        Op::Push(_n) | Op::Pop => println!("op"),
    }
}
