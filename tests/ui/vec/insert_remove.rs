fn main() {
    let mut letters = vec!['a', 'c', 'd'];
    letters.insert(1, 'b');
    letters.insert(4, 'e');
    println!("{:?}", letters);
    let gone = letters.remove(0);
    println!("removed {} -> {:?}", gone, letters);
    letters.truncate(2);
    println!("{:?}", letters);
    letters.clear();
    println!("{:?} {}", letters, letters.len());
}
