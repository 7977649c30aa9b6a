// `Box<dyn std::error::Error>` written with its full path, and an `as` cast.
#[derive(Debug)]
struct Bad {
    line: u32,
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "bad line {}", self.line)
    }
}

impl std::error::Error for Bad {}

fn check(line: u32) -> Result<u32, Box<dyn std::error::Error>> {
    if line == 0 {
        return Err(Box::new(Bad { line }) as Box<dyn std::error::Error>);
    }
    Ok(line * 10)
}

fn main() {
    println!("{:?}", check(2).ok());
    if let Err(e) = check(0) {
        println!("{}", e.to_string());
    }
}
