fn main() {
    let s = String::from("  Rust Is Fun  ");
    let t = s.trim();
    println!("[{}]", t);
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{} {}", s.contains("Is"), s.contains("is"));
    println!("{} {}", t.starts_with("Rust"), t.ends_with("un"));
    println!("{}", "héllo".len());
}
