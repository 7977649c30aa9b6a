//@ mode: check
// The pattern of `matches!` must fit the type of the value.
enum Mode {
    Fast,
    Slow,
}

fn main() {
    let m = Mode::Fast;
    let x = 5;
    println!("{}", matches!(x, Mode::Fast));
    let _ = (m, Mode::Slow);
}
