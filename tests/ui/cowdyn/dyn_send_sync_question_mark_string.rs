use std::error::Error;

fn step(i: u32) -> Result<u32, String> {
    if i < 3 { Ok(i + 1) } else { Err(format!("step {i} refused")) }
}

fn walk(from: u32) -> Result<u32, Box<dyn Error + Send + Sync>> {
    let a = step(from)?;
    let b = step(a)?;
    Ok(b)
}

fn main() {
    for start in [0, 2] {
        match walk(start) {
            Ok(v) => println!("reached {v}"),
            Err(e) => println!("failed: {e} / {e:?}"),
        }
    }
}
