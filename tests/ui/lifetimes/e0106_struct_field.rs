// A reference in a struct needs a lifetime parameter.
struct Excerpt {
    part: &str,
}

fn main() {
    let e = Excerpt { part: "hi" };
    println!("{}", e.part);
}
