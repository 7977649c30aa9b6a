//@ mode: check
// The closure borrows `p.x` mutably; borrowing that same field conflicts.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let mut bump = || p.x += 1;
    let r = &p.x;
    bump();
    println!("{} {}", r, p.y);
}
