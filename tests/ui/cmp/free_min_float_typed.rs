fn main() {
    let m = std::cmp::min(1.5f64, 2.5);
    println!("{m}");
}
