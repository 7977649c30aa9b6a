fn main() {
    let text = String::from("needle in a haystack");
    let word = String::from("hay");
    let short = "pin";
    println!("{} {}", text.contains(&word), text.contains(short));
}
