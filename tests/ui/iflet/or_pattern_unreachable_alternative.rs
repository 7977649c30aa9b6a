// An alternative of an or-pattern that can never match.
fn side(p: (i32, i32)) -> i32 {
    match p {
        (0, y) | (0, y) => y,
        (x, _) => x,
    }
}

fn main() {
    let pair = (5, 0);
    let ((a, _) | (_, a)) = pair;
    println!("{a} {}", side(pair));
}
