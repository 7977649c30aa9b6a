use std::fmt::Display;

// `-> impl Display`: printing is all a caller can do with it.
fn label(n: i32) -> impl Display {
    n * 10
}

struct Tag {
    name: String,
}

impl Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "<{}>", self.name)
    }
}

fn tag(name: &str) -> impl Display {
    Tag { name: name.to_string() }
}

fn main() {
    println!("{}", label(4));
    println!("{} {}", tag("b"), label(-1));
}
