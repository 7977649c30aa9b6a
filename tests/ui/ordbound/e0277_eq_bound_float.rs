// Floats are `PartialEq` but not `Eq`.
fn same<T: Eq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    println!("{}", same(1.5, 1.5));
}
