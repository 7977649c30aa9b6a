//@ mode: check
struct Tagged<T> {
    id: u32,
}

fn main() {
    let t = Tagged { id: 1 };
    println!("{}", t.id);
}
