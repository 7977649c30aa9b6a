fn main() {
    let dashes: String = std::iter::repeat('-').take(5).collect();
    println!("{}", dashes);
    let words: Vec<String> = std::iter::repeat(String::from("ho")).take(3).collect();
    println!("{}", words.join(" "));
    let pairs: Vec<(i32, char)> = (1..4).zip(std::iter::repeat('x')).collect();
    println!("{:?}", pairs);
}
