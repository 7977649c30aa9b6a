fn main() {
    let words = vec!["sun", "moon"];
    let sizes: Vec<u8> = words.iter().map(|w| w.len()).collect();
    println!("{:?}", sizes);
}
