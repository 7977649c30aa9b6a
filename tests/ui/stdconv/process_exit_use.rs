use std::process;

fn parse(arg: &str) -> i32 {
    match arg.parse::<i32>() {
        Ok(n) => n,
        Err(e) => {
            eprintln!("bad number {:?}: {}", arg, e);
            process::exit(2);
        }
    }
}

fn main() {
    println!("{}", parse("12"));
    println!("{}", parse("x1"));
}
