use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 4 };
    let b = Version { major: 1, minor: 10 };
    println!("{}", PartialEq::eq(&a, &b));
    println!("{:?}", Ord::cmp(&a, &b));
    println!("{:?}", PartialOrd::partial_cmp(&b, &a));
    let o: Ordering = Ord::cmp(&"pear", &"apple");
    println!("{:?} {:?}", o, Ord::cmp(&3, &3));
    println!("{:?}", PartialOrd::partial_cmp(&f64::NAN, &1.0));
    let mut vs = vec![b, a];
    vs.sort_by(|x, y| Ord::cmp(x, y));
    println!("{:?}", vs);
}
