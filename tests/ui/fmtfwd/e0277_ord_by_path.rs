#[derive(PartialEq, Eq, PartialOrd)]
struct Rank(u8);

fn main() {
    let a = Rank(2);
    let b = Rank(5);
    let o = Ord::cmp(&a, &b);
    println!("{:?}", o);
}
