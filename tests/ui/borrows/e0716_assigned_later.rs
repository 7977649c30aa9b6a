//@ mode: check
// Assigning a borrow of a temporary to an existing variable: no lifetime extension.
struct Tag {
    id: u32,
}

fn main() {
    let base = 5;
    let t: &Tag;
    t = &Tag { id: base * 2 };
    println!("{}", t.id);
}
