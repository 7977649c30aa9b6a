fn tail(s: &str, upto: usize) -> &str {
    &s[..=upto]
}

fn main() {
    println!("{}", tail("abc", 1));
    println!("{}", tail("abc", 3));
}
