// A `&mut self` method storing its `&'a str` argument in the struct.
struct Holder<'a> {
    items: Vec<&'a str>,
}

impl<'a> Holder<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
    }
}

fn main() {
    let mut h = Holder { items: Vec::new() };
    {
        let s = String::from("temp");
        h.add(&s);
    }
    println!("{}", h.items.len());
}
