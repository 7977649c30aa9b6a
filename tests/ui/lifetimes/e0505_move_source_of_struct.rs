// Moving the string while a struct still borrows it.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let text = String::from("Call me. Some years ago.");
    let e = Excerpt { part: text.as_str() };
    let moved = text;
    println!("{} {moved}", e.part);
}
