// `Excerpt::new(&s)` returning `Self` and `Token::Word(&s)` both keep `s` borrowed.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn new(part: &'a str) -> Self {
        Excerpt { part }
    }
}

enum Token<'a> {
    Word(&'a str),
}

fn main() {
    let e;
    let t;
    {
        let s = String::from("x");
        e = Excerpt::new(&s);
        t = Token::Word(&s);
    }
    let Token::Word(w) = t;
    println!("{} {}", e.part, w);
}
