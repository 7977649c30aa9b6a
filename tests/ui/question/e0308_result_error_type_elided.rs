// rustc's note elides what the two types share: `Result<_, String>` / `Result<_, ParseIntError>`.
fn read(s: &str) -> Result<u32, String> {
    s.trim().parse::<u32>()
}

fn main() {
    println!("{:?}", read(" 7"));
}
