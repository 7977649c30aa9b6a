// `partition` over borrowed items keeps the references.
fn main() {
    let words = vec!["apple", "kiwi", "banana", "fig"];
    let (long, short): (Vec<&&str>, Vec<&&str>) = words.iter().partition(|w| w.len() > 4);
    println!("{:?} {:?}", long, short);
    println!("{}", words.len());
}
