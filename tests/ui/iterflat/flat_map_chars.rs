fn main() {
    let words = vec!["hi", "there"];
    let letters: String = words.iter().flat_map(|w| w.chars()).collect();
    let n = words.iter().flat_map(|w| w.chars()).filter(|c| *c == 'e').count();
    println!("{} {}", letters, n);
}
