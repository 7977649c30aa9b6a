// A `String` passed where `T: Copy` is required.
fn duplicate<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn main() {
    let s = String::from("hi");
    let pair = duplicate(s);
    println!("{:?}", pair);
}
