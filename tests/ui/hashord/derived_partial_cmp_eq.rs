#[derive(Debug, PartialEq, PartialOrd)]
enum Reading {
    Missing,
    Value(i32),
}

fn main() {
    let a = Reading::Value(25);
    let b = Reading::Value(30);
    let c = Reading::Missing;
    println!("{:?}", a.partial_cmp(&b));
    println!("{:?}", b.partial_cmp(&a));
    println!("{:?}", a.partial_cmp(&c));
    println!("{} {}", a.eq(&a), c.eq(&b));
    let r = &a;
    println!("{:?} {}", r.partial_cmp(&&b), r.eq(&&a));
}
