// `for` over a struct that is not an iterator.
struct Bag {
    items: u32,
}

fn main() {
    let b = Bag { items: 3 };
    for x in b {
        println!("{}", x);
    }
}
