//@ mode: check
// A struct literal that leaves out a field.
struct Book {
    title: &'static str,
    pages: u32,
    year: u16,
}

fn main() {
    let b = Book { title: "Dune", pages: 412 };
    println!("{} {} {}", b.title, b.pages, b.year);
}
