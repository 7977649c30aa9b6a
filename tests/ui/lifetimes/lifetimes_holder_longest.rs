// Storing references that outlive the holder is fine.
struct Holder<'a> {
    items: Vec<&'a str>,
}

impl<'a> Holder<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
    }

    fn longest(&self) -> &'a str {
        let mut best = "";
        for s in &self.items {
            if s.len() > best.len() {
                best = *s;
            }
        }
        best
    }
}

fn main() {
    let a = String::from("apple");
    let b = String::from("kiwi");
    let mut h = Holder { items: Vec::new() };
    h.add(&a);
    h.add(&b);
    println!("{}", h.longest());
}
