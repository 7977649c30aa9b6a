#[derive(Debug)]
struct Invalid(u32);

fn validate(n: u32) -> Result<u32, Invalid> {
    if n % 7 == 0 { Err(Invalid(n)) } else { Ok(n) }
}

fn main() -> Result<(), Invalid> {
    let mut total = 0;
    for n in 1..6 {
        total += validate(n)?;
    }
    println!("total {total}");
    Ok(())
}
