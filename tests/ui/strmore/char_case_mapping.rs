fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.collect::<String>(),
        None => String::new(),
    }
}
fn main() {
    println!("{}", capitalize("hello"));
    println!("{}", 'ß'.to_uppercase());
    println!("{}", 'Q'.to_lowercase().to_string());
    let mut up = 'ß'.to_uppercase();
    println!("{} {:?} {:?} {:?}", up.len(), up.next(), up.next_back(), up.next());
    let shout: String = "mixed Case".chars().flat_map(|c| c.to_uppercase()).collect();
    println!("{}", shout);
    let low: String = "ÀB".chars().map(|c| c.to_lowercase().next().unwrap()).collect();
    println!("{}", low);
}
