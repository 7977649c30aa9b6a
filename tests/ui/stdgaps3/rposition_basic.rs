// `Iterator::rposition` from std source, with its `where Self: ...` clause.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{:?}", v.iter().rposition(|&x| x == 1));
    println!("{:?}", v.iter().rposition(|&x| x > 100));
    println!("{:?}", v.iter().map(|x| x * 2).rposition(|x| x == 8));
    println!("{:?}", v.iter().rev().rposition(|&x| x == 6));
    println!("{:?}", v.iter().enumerate().rposition(|(i, &x)| i < 3 && x > 2));
    println!("{:?}", (0..10).rposition(|x| x % 4 == 0));
    let words = ["a", "bb", "ccc", "bb"];
    println!("{:?}", words.iter().rposition(|w| w.len() == 2));
}
