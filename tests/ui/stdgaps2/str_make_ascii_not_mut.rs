fn main() {
    let word = String::from("quiet");
    word.make_ascii_uppercase();
    println!("{}", word);
}
