#[derive(Debug)]
enum E { Bad }
fn step(n: i32) -> Result<i32, E> { if n > 2 { Err(E::Bad) } else { Ok(n) } }
fn main() -> Result<(), E> {
    println!("{}", step(1)?);
    println!("{}", step(5)?);
    Ok(())
}
