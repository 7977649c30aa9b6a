fn main() {
    let a = "abc-é".to_ascii_uppercase();
    let s = String::from("xY z");
    let b = s.to_ascii_uppercase();
    let c = s.as_str().to_ascii_lowercase();
    println!("{} {} {}", a, b, c);
    println!("{} {}", s.eq_ignore_ascii_case("XY Z"), "ab".eq_ignore_ascii_case("abc"));
    let words: Vec<String> = "hi there".split(' ').map(|w| w.to_ascii_uppercase()).collect();
    println!("{:?}", words);
}
