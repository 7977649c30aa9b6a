fn main() {
    let r: Result<i32, bool> = Err(true);
    println!("{}", r.unwrap_err());
    let ok: Result<i32, bool> = Ok(5);
    println!("{}", ok.unwrap_err());
}
