//@ mode: check
// A typed integer on the left, one of the learner's types on the right.
struct Meters(u32);

fn main() {
    let base: i32 = 4;
    let step = Meters(3);
    let _ = base + step;
}
