fn main() {
    let codes = [104, 105];
    let text: Result<String, String> = codes
        .iter()
        .map(|c| char::from_u32(*c).ok_or(format!("bad {}", c)))
        .collect();
    println!("{:?}", text);
}
