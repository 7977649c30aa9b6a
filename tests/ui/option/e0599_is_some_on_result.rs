//@ mode: check
fn main() {
    let r: Result<u8, bool> = Ok(4);
    println!("{}", r.is_some());
}
