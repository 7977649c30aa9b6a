fn make<T>() -> T {
    T::default()
}

fn main() {
    let n: i32 = make();
    println!("{}", n);
}
