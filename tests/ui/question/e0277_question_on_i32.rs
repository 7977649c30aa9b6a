//@ mode: check
fn f(a: i32) -> Option<i32> {
    let x = a?;
    Some(x)
}
fn main() { println!("{:?}", f(1)); }
