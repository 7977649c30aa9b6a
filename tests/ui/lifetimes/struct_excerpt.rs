// A struct holding a reference into a string that outlives it.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let e = Excerpt { part: novel.as_str() };
    println!("excerpt: {}", e.part);
    println!("novel: {novel}");
}
