//@ mode: check
fn same<T>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    println!("{}", same(1, 2));
}
