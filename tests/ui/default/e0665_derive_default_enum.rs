#[derive(Default)]
enum Mode {
    Fast,
    Slow,
}

fn main() {
    let _m = Mode::Fast;
    let _n = Mode::Slow;
}
