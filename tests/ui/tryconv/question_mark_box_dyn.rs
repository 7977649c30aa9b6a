use std::error::Error;

fn shrink(v: u32) -> Result<u16, Box<dyn Error>> {
    let s = u16::try_from(v)?;
    Ok(s)
}

fn main() {
    match shrink(70000) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    println!("{:?}", shrink(7).unwrap());
}
