fn main() {
    let names = vec!["ada", "grace", "linus"];
    let lengths = names.iter().map(|n| n.len()).collect::<Vec<_>>();
    println!("{:?} has {} entries", lengths, lengths.len());
}
