//@ mode: check
fn f(a: Result<i32, u8>) -> Result<i32, bool> {
    let x = a?;
    Ok(x)
}
fn main() { println!("{:?}", f(Ok(1))); }
