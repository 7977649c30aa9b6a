fn later<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    println!("{}", later(2.5));
}
