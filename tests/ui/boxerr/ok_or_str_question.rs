// `ok_or("..")?` turns a missing value into a boxed string error.
use std::error::Error;

fn first_even(v: &[i32]) -> Result<i32, Box<dyn Error>> {
    let x = v.iter().find(|n| *n % 2 == 0).ok_or("no even number")?;
    Ok(*x)
}

fn main() {
    println!("{:?}", first_even(&[1, 3, 6, 8]).ok());
    match first_even(&[1, 3]) {
        Ok(n) => println!("{n}"),
        Err(e) => println!("error: {e}"),
    }
}
