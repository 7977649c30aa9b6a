fn parse(text: &str) -> Result<u32, String> {
    if text.is_empty() { Err(String::from("empty")) } else { Ok(text.len() as u32) }
}

fn main() {
    println!("{}", parse("").unwrap_or_default());
    println!("{}", parse("abc").unwrap_or_default());
    let words: Result<Vec<String>, i32> = Err(1);
    println!("{:?}", words.unwrap_or_default());
}
