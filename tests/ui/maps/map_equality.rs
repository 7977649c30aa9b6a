use std::collections::{BTreeSet, HashMap};

fn main() {
    let a = HashMap::from([(1, "x"), (2, "y")]);
    let b = HashMap::from([(2, "y"), (1, "x")]);
    let c = HashMap::from([(2, "y")]);
    println!("{} {} {}", a == b, a == c, a != c);
    let s = BTreeSet::from([3, 1]);
    let t = BTreeSet::from([1, 3]);
    println!("{}", s == t);
}
