//@ mode: check
struct Note<'a> {
    text: &'a str,
}

fn main() {
    let a = Note { text: "x" };
    let b = Note { text: "y" };
    let smaller = a < b;
    println!("{} {} {}", smaller, a.text, b.text);
}
