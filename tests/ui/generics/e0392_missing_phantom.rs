struct Id<T> {
    raw: u64,
}

fn main() {
    let i: Id<String> = Id { raw: 3 };
    println!("{}", i.raw);
}
