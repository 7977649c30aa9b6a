// A float literal where `Ord` is required.
fn top<T: Ord>(a: T, b: T) -> bool {
    a > b
}

fn main() {
    println!("{}", top(2.5, 1.0));
}
