use std::collections::HashSet;

#[derive(Debug, PartialEq, PartialOrd)]
struct D(i32);

fn main() {
    println!("{}", Some(1) < Some(2));
    println!("{}", Some("a") < None);
    println!("{}", None::<i32> < Some(0));
    let r: Result<i32, String> = Ok(1);
    println!("{}", r < Ok(2));
    println!("{}", Some(D(1)) < Some(D(2)));
    let mut v = vec![Some(3), None, Some(1)];
    v.sort();
    println!("{:?} {:?}", v, v.iter().max());
    let mut s = HashSet::new();
    s.insert(Some(2));
    s.insert(Some(2));
    println!("{}", s.len());
}
