// `==` on a type parameter bounded by `Clone` only.
fn same<T: Clone>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    println!("{}", same(3, 3));
}
