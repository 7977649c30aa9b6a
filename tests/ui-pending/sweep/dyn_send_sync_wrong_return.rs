use std::error::Error;

fn read_port(s: &str) -> Result<u16, Box<dyn Error + Send + Sync>> {
    let port: u16 = s.parse()?;
    port
}

fn main() {
    println!("{:?}", read_port("80").is_ok());
}
