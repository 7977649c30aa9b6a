//@ mode: check
#[derive(Debug, PartialEq)]
enum Op { Add, Sub }
#[derive(Debug, Clone)]
enum Color { Red, Green }
#[derive(Debug)]
struct P { a: i32, b: i32 }
fn main() {
    let o = Op::Sub;
    let c = Color::Red;
    let p = P { a: 1, b: 2 };
    println!("{:?} {:?} {}", o, c, p.a);
}
