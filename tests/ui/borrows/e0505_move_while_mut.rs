//@ mode: check
struct Cell {
    v: i32,
}

fn main() {
    let mut c = Cell { v: 1 };
    let m = &mut c;
    let other = c;
    m.v += other.v;
}
