struct Meters(f64);

fn make<T: Default>() -> T {
    T::default()
}

fn main() {
    let m: Meters = make();
    println!("{}", m.0);
}
