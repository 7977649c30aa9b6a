// `Parser::new(&s)` keeps `s` borrowed through `'a`, and so does `rest()`.
struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text }
    }
    fn rest(&self) -> &'a str {
        self.text
    }
}

fn main() {
    let r;
    {
        let s = String::from("abc");
        let p = Parser::new(&s);
        r = p.rest();
    }
    println!("{r}");
}
