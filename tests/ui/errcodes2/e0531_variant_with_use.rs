//@ mode: check
// The import help goes above the file's existing `use`.
use std::collections::HashMap;

enum Msg {
    Move(i32),
    Quit,
}

fn main() {
    let mut seen: HashMap<i32, i32> = HashMap::new();
    let m = Msg::Move(1);
    if let Move(x) = m {
        seen.insert(x, 1);
    }
    let _q = Msg::Quit;
    println!("{}", seen.len());
}
