//@ mode: check
fn f(a: Option<i32>) -> Result<i32, bool> {
    let x = a?;
    Ok(x)
}
fn main() { println!("{:?}", f(Some(1))); }
