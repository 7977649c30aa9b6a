#[derive(Debug, Default, PartialEq)]
enum Mode {
    Fast,
    #[default]
    Normal,
    Slow,
}

#[derive(Debug, Default)]
struct Settings {
    mode: Mode,
    level: u8,
}

fn main() {
    let m = Mode::default();
    let s = Settings::default();
    let t: Mode = Default::default();
    println!("{:?} {:?} {}", m, s, t == Mode::Normal);
    println!("{:?} {:?}", Mode::Fast, Mode::Slow);
}
