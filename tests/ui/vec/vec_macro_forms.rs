fn main() {
    let primes = vec![2, 3, 5, 7];
    let zeros = vec![0u8; 4];
    let words: Vec<&str> = vec![];
    let nested = vec![vec![1, 2], vec![3]];
    println!("{:?}", primes);
    println!("{:?}", zeros);
    println!("{:?} {}", words, words.len());
    println!("{:?}", nested);
}
