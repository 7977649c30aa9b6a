use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<i64> = BTreeSet::new();
    let words = ["x", "y"];
    s.extend(&words);
    println!("{:?}", s);
}
