//@ mode: check
fn add<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", add(1, 2));
}
