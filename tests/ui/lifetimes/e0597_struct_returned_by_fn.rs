// The struct returned by `make` keeps its source borrowed.
struct Excerpt<'a> {
    part: &'a str,
}

fn make(s: &str) -> Excerpt<'_> {
    Excerpt { part: s }
}

fn main() {
    let e;
    {
        let text = String::from("short-lived");
        e = make(&text);
    }
    println!("{}", e.part);
}
