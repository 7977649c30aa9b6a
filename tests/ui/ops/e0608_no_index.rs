struct Shelf {
    books: Vec<String>,
}

fn main() {
    let s = Shelf { books: vec![String::from("Dune")] };
    println!("{}", s[0]);
    println!("{}", s.books.len());
}
