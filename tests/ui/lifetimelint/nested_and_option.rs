//@ mode: check
struct Shelf {
    books: Vec<String>,
}

impl Shelf {
    fn maybe_iter(&self) -> Option<std::slice::Iter<String>> {
        if self.books.is_empty() { None } else { Some(self.books.iter()) }
    }
}

fn main() {
    fn letters(s: &str) -> std::str::Chars {
        s.chars()
    }
    let s = Shelf { books: vec![String::from("x")] };
    println!("{} {}", s.maybe_iter().map(|i| i.count()).unwrap_or(0), letters("yz").count());
}
