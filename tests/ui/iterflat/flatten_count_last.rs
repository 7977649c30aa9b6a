fn main() {
    let words = vec![vec!['a', 'b'], vec!['c'], vec![]];
    println!("{}", words.iter().flatten().count());
    println!("{:?}", words.iter().flatten().last());
    let mut it = words.iter().flatten();
    it.next();
    println!("{:?}", it.next());
}
