fn main() {
    let good = vec!["1", "2", "3"];
    let parsed = good.iter().map(|s| s.parse::<i32>()).collect::<Result<Vec<_>, _>>();
    println!("{:?}", parsed);
    let bad = vec!["7", "x", "9"];
    let parsed: Result<Vec<i32>, _> = bad.iter().map(|s| s.parse::<i32>()).collect();
    match parsed {
        Ok(v) => println!("all numbers: {:?}", v),
        Err(e) => println!("failed: {}", e),
    }
}
