//@ mode: check
// Two fields of a tuple moved one after the other: rustc points at the latest move.
struct Sock {
    size: u8,
}

fn main() {
    let pair = (Sock { size: 40 }, Sock { size: 41 });
    let (left, _) = pair;
    let right = pair.1;
    println!("{} {}", left.size, right.size);
    let drawer = pair;
    println!("{}", drawer.0.size);
}
