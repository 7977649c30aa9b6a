// Data borrowed from `self` itself returned as the struct's `'a`: rustc calls `&self`'s lifetime `'1`.
struct Names<'a> {
    borrowed: Vec<&'a str>,
    owned: Vec<String>,
}

impl<'a> Names<'a> {
    fn first_owned(&self) -> &'a str {
        &self.owned[0]
    }
}

fn main() {
    let n = Names { borrowed: vec!["a"], owned: vec![String::from("b")] };
    println!("{} {}", n.first_owned(), n.borrowed.len());
}
