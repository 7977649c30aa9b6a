fn main() {
    let value = 5;
    println!("{}", valeu);
}
