//@ mode: check
struct Note<'a> {
    text: &'a str,
}

fn main() {
    let n = Note { text: "hi" };
    println!("{}", n);
}
