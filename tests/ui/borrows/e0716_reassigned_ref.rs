//@ mode: check
// A reference variable re-pointed at a temporary inside a loop.
struct Step {
    len: u32,
}

fn longer(a: &Step) -> &u32 {
    &a.len
}

fn main() {
    let start = Step { len: 1 };
    let mut best = longer(&start);
    for i in 0..3 {
        best = longer(&Step { len: i });
    }
    println!("{}", best);
}
