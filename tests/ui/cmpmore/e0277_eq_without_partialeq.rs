// `impl Eq` needs `PartialEq` first.
struct Name(String);

impl Eq for Name {}

fn main() {
    let n = Name(String::from("a"));
    println!("{}", n.0);
}
