fn main() {
    let a: Option<i32> = Some(3);
    let b: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(-1));
    println!("{:?} {:?}", a.or(Some(9)), b.or(Some(9)));
    println!("{:?} {:?} {:?}", a.xor(b), a.xor(Some(1)), b.xor(None));
    println!("{:?} {:?}", a.and(Some("yes")), b.and(Some("no")));
    println!("{:?}", a.ok_or("missing"));
    println!("{:?}", b.ok_or("missing"));
    println!("{}", a.unwrap() + a.expect("a is set"));
}
