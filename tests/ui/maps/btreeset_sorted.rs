use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    for n in [5, 1, 4, 1, 3] {
        s.insert(n);
    }
    println!("{:?} {}", s, s.len());
    println!("{:?} {:?}", s.first(), s.last());
    let evens: BTreeSet<i32> = BTreeSet::from([4, 2, 6]);
    for x in s.intersection(&evens) {
        println!("both {x}");
    }
    for x in &evens {
        print!("{x} ");
    }
    println!();
}
