// `T: Copy` unmet by the learner's types: derivable (rustc offers the derive) or not
// (a `String` field: rustc points at the type), and by a `Vec`.
struct Note {
    text: String,
}

#[derive(Clone)]
enum Level {
    Low(u8),
    High,
}

fn duplicate<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn main() {
    let _ = duplicate(Note { text: String::new() });
    let _ = duplicate(Level::High);
    let _ = duplicate(vec![1]);
    let _ = Level::Low(1);
}
