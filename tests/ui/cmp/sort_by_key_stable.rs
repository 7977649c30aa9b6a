fn main() {
    let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    let mut words = vec!["pear", "fig", "kiwi", "banana", "yam"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
}
