fn parse(s: &str) -> i32 {
    let n: i32 = s.parse()?;
    n
}

fn main() {
    println!("{}", parse("1"));
}
