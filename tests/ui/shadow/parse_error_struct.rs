#[derive(Debug)]
struct ParseIntError {
    input: String,
}

fn read(s: &str) -> Result<i32, ParseIntError> {
    s.trim().parse::<i32>().map_err(|_| ParseIntError { input: s.to_string() })
}

fn main() {
    println!("{:?}", read(" 42 "));
    println!("{:?}", read("4x"));
    match "zz".parse::<u8>() {
        Ok(n) => println!("{}", n),
        Err(e) => println!("std says: {}", e),
    }
}
