// An elided result of a `&self` method borrows `self`.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn announce(&self, announcement: &str) -> &str {
        println!("{announcement}");
        self.part
    }
}

fn main() {
    let text = String::from("kept text");
    let p;
    {
        let e = Excerpt { part: text.as_str() };
        p = e.announce("hear ye");
    }
    println!("{p}");
}
