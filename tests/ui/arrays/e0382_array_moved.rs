// An array of non-Copy structs moves like its elements.
#[derive(Debug)]
struct Book {
    pages: u32,
}

fn main() {
    let shelf = [Book { pages: 100 }, Book { pages: 250 }];
    let other = shelf;
    println!("{:?} {:?}", other, shelf);
}
