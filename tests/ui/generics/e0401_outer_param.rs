//@ mode: check
fn outer<T>(x: T) -> T {
    fn inner(y: T) -> T {
        y
    }
    x
}

fn main() {
    println!("{}", outer(1));
}
