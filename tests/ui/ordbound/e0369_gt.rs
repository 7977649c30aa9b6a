// `>` on a type parameter without any bound.
fn bigger<T>(a: T, b: T) -> bool {
    a > b
}

fn main() {
    println!("{}", bigger(1, 2));
}
