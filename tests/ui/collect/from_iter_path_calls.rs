fn main() {
    let squares = Vec::from_iter((1..5).map(|n| n * n));
    let word = String::from_iter(vec!['h', 'e', 'y'].into_iter());
    println!("{:?} {}", squares, word);
}
