//@ mode: check
struct User {
    name: String;
    age: u32,
}

fn main() {}
