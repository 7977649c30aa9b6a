//@ mode: check
fn f(a: Result<i32, u8>) -> Option<i32> {
    let x = a?;
    Some(x)
}
fn main() { println!("{:?}", f(Ok(1))); }
