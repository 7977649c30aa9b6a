//@ mode: check
// A `match` arm binding moves a field; borrowing the whole value later is an error.
struct Author {
    id: u32,
}

struct Book {
    author: Author,
    pages: u32,
}

fn main() {
    let book = Book { author: Author { id: 3 }, pages: 200 };
    match book {
        Book { author, pages } => println!("{} wrote {} pages", author.id, pages),
    }
    let shelf = &book;
    println!("{}", shelf.pages);
}
