//@ mode: check
struct Note<'a> {
    text: &'a str,
}

fn main() {
    let a = Note { text: "x" };
    let b = Note { text: "y" };
    if a == b {
        println!("{} {}", a.text, b.text);
    }
}
