fn main() {
    let m = std::cmp::max(1.5, 2.5);
    println!("{m}");
}
