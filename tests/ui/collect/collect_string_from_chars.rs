fn main() {
    let word = "stressed";
    let reversed: String = word.chars().rev().collect();
    println!("{} -> {}", word, reversed);
}
