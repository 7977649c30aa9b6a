use std::error::Error;

type BoxError = Box<dyn Error + Send + Sync>;

fn parse_all(items: &[&str]) -> (Vec<i32>, Vec<BoxError>) {
    let mut good = Vec::new();
    let mut bad: Vec<BoxError> = Vec::new();
    for s in items {
        match s.parse::<i32>() {
            Ok(n) => good.push(n),
            Err(e) => bad.push(Box::new(e)),
        }
    }
    if good.is_empty() {
        bad.push("nothing parsed".into());
    }
    (good, bad)
}

fn main() {
    let (good, bad) = parse_all(&["1", "two", "3", ""]);
    println!("{:?}", good);
    for e in &bad {
        println!("{} | {:?} | {}", e, e, e.to_string().to_uppercase());
    }
    let (_, only_bad) = parse_all(&["x"]);
    println!("{}", only_bad.len());
}
