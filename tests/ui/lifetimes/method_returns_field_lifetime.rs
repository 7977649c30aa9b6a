// A method returning `&'a str` borrows the text, not the struct.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let text = String::from("kept text");
    let p;
    {
        let e = Excerpt { part: text.as_str() };
        p = e.part();
    }
    println!("{p}");
}
