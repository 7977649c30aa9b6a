use std::collections::BTreeSet;

fn main() {
    let mut names: BTreeSet<String> = BTreeSet::new();
    names.extend(vec![1, 2]);
    println!("{}", names.len());
}
