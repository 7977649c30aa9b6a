//@ mode: check
// A semicolon after a branch's value turns that branch into ().
fn bigger(a: i32, b: i32) -> i32 {
    if a > b {
        a;
    } else {
        b
    }
}

fn main() {
    println!("{}", bigger(1, 2));
}
