fn main() {
    for c in ['a', 'é', '€', '🦀'] {
        println!("{} {}", c, c.len_utf8());
    }
}
