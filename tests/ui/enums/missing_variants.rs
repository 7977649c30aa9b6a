//@ mode: check
// Missing variants in a match, with rustc's notes.
enum Light {
    Red,
    Yellow,
    Green,
}
enum Cmd {
    Move(i32, i32),
    Say { text: &'static str },
    Quit,
}
fn act(c: Cmd) -> i32 {
    match c {
        Cmd::Move(x, _) => x,
        Cmd::Quit => 0,
    }
}
fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
    }
}
fn main() {
    println!("{}", act(Cmd::Quit));
    let _ = next(Light::Red);
    let _ = Cmd::Say { text: "hi" };
}
