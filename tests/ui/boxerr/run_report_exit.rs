// A `run` function returning `Box<dyn Error>`; main prints the error itself.
use std::error::Error;

fn run(args: &[&str]) -> Result<u32, Box<dyn Error>> {
    if args.is_empty() {
        return Err("no arguments".into());
    }
    let mut total = 0;
    for a in args {
        total += a.parse::<u32>()?;
    }
    Ok(total)
}

fn main() {
    for args in [vec!["4", "5"], vec![], vec!["1", "x"]] {
        match run(&args) {
            Ok(t) => println!("total {t}"),
            Err(e) => eprintln!("error: {e}"),
        }
    }
}
