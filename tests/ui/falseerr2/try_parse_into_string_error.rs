fn parse(s: &str) -> Result<i64, String> {
    let n: i64 = s.parse()?;
    Ok(n)
}
fn main() {
    println!("{:?}", parse("4"));
}
