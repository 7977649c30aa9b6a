fn main() {
    let mut x = 5;
    println!("{x}");
}
