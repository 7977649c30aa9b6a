//@ mode: check
fn first<T>(x: T, _y: T) -> T {
    5
}

fn main() {
    println!("{}", first(1, 2));
}
