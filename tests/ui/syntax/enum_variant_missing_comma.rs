//@ mode: check
enum Direction {
    North
    South,
}

fn main() {}
