fn count_vowels(data: &[u8]) -> usize {
    data.iter().filter(|b| b"aeiou".contains(b)).count()
}

fn main() {
    println!("{}", count_vowels(b"education"));
    println!("{}", count_vowels("rhythm".as_bytes()));
}
