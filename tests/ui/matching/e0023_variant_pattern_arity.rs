//@ mode: check
// A tuple-variant pattern with the wrong number of fields.
enum Msg {
    Move(i32, i32),
    Quit,
}

fn run(m: Msg) {
    match m {
        Msg::Move(x) => println!("{x}"),
        Msg::Quit => println!("quit"),
    }
}

fn main() {
    run(Msg::Quit);
}
