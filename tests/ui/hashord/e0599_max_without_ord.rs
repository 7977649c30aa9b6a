#[derive(Debug, PartialEq)]
struct Weight(u32);

fn main() {
    let a = Weight(3);
    let b = Weight(5);
    println!("{:?}", a.max(b));
}
