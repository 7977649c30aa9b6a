//@ mode: check
struct Person {
    name: String,
}

struct Label<'a> {
    text: &'a str,
}

fn label_of(p: &Person) -> Label {
    Label { text: &p.name }
}

fn main() {
    let p = Person { name: String::from("Ada") };
    let l = label_of(&p);
    println!("{}", l.text);
}
