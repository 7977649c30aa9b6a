// `if let` with `else if let` and a final `else`, on the learner's own enum.
enum Message {
    Move(i32, i32),
    Write(char),
    Quit,
}

fn describe(m: Message) {
    if let Message::Move(x, y) = m {
        println!("move to ({x}, {y})");
    } else if let Message::Write(c) = m {
        println!("write {c:?}");
    } else {
        println!("quit");
    }
}

fn main() {
    describe(Message::Move(3, -4));
    describe(Message::Write('z'));
    describe(Message::Quit);
}
