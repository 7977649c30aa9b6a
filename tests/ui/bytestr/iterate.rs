fn main() {
    for &byte in b"hi!" {
        print!("{} ", byte as char);
    }
    println!();
    let total: u32 = b"abc".iter().map(|&c| c as u32).sum();
    println!("{}", total);
    let upper: String = b"rust".iter().map(|&c| (c - 32) as char).collect();
    println!("{}", upper);
}
