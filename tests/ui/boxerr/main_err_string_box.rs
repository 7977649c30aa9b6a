// main returns a boxed string error: rustc prints its Debug form (quoted).
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    println!("starting");
    let limit = 3;
    for i in 0..5 {
        if i > limit {
            return Err(format!("{i} is over the limit {limit}").into());
        }
        println!("step {i}");
    }
    Ok(())
}
