// A struct's field names a lifetime the struct does not declare.
struct Name {
    text: &'a str,
}

fn main() {
    let n = Name { text: "x" };
    println!("{}", n.text);
}
