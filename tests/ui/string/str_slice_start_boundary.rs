fn main() {
    let word = String::from("naïve");
    let from = 3;
    println!("{}", &word[from..]);
}
