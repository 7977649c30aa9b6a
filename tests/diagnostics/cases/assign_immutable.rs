fn main() {
    let x = 5;
    x = 6;
    println!("{x}");
}
