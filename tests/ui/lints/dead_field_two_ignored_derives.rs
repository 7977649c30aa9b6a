//@ mode: check
#[derive(Debug, Clone)]
struct P { a: i32, b: i32 }
fn main() {
    let p = P { a: 1, b: 2 };
    println!("{}", p.a);
}
