#[derive(Debug, Default)]
enum Mode {
    Fast,
    Slow,
}

fn main() {
    println!("{:?} {:?}", Mode::Fast, Mode::Slow);
}
