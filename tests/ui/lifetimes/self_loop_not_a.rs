// A loop over a field of owned `String`s cannot return `&'a str`.
struct Holder<'a> {
    items: Vec<&'a str>,
    own: Vec<String>,
}

impl<'a> Holder<'a> {
    fn first_own(&self) -> &'a str {
        let mut best = "";
        for s in &self.own {
            best = s;
        }
        best
    }
}

fn main() {
    let h = Holder { items: Vec::new(), own: vec![String::from("x")] };
    println!("{} {}", h.first_own(), h.items.len());
}
