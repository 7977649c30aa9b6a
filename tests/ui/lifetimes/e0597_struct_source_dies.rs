// The string dies before the struct that borrows it.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let text = String::from("inner text");
        e = Excerpt { part: text.as_str() };
    }
    println!("{}", e.part);
}
