fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn main() {
    let good = parse("42").inspect(|v| println!("parsed {}", v));
    let bad = parse("x4").inspect_err(|e| println!("failed: {}", e));
    println!("{:?} {:?}", good, bad);
    println!("{}", good.is_ok_and(|v| v > 40));
    println!("{}", bad.is_err_and(|e| e.contains("invalid")));
}
