fn main() {
    let MyVar = 1;
    println!("{MyVar}");
}
