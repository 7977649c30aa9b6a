// Moving one non-Copy element out of an array by indexing is not allowed.
#[derive(Debug)]
struct Book {
    pages: u32,
}

fn main() {
    let shelf = [Book { pages: 100 }, Book { pages: 250 }];
    let first = shelf[0];
    println!("{:?}", first);
}
