// Items reached through a local reference to a field keep the field's lifetime.
struct Names<'a> {
    borrowed: Vec<&'a str>,
}

impl<'a> Names<'a> {
    fn last_ref(&self) -> &'a str {
        let r = &self.borrowed;
        let mut out = "";
        for s in r.iter() {
            out = s;
        }
        out
    }
}

fn main() {
    let n = Names { borrowed: vec!["x", "y"] };
    println!("{}", n.last_ref());
}
