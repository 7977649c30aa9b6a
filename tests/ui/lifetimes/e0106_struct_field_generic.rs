// The suggested lifetime goes before the type parameter.
struct Holder<T> {
    item: T,
    name: &str,
}

fn main() {
    let h = Holder { item: 1, name: "a" };
    println!("{} {}", h.item, h.name);
}
