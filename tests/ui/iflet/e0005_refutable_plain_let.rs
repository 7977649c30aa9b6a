//@ mode: check
// A refutable pattern needs `let...else`, `if let` or `match`.
enum Door {
    Open(u32),
    Closed,
}

fn main() {
    let d = Door::Open(3);
    let Door::Open(width) = d;
    println!("{width}");
    let _ = Door::Closed;
}
