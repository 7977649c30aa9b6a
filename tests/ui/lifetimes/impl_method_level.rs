// Methods of a struct with a lifetime parameter.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }
}

fn main() {
    let text = String::from("Once upon a time. The end.");
    let e = Excerpt { part: text.as_str() };
    println!("level {}", e.level());
    println!("part: {}", e.announce("news"));
}
