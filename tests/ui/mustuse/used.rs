//@ mode: run
// Every result is used: no warning.
fn main() {
    let name = String::from("  Ada  ");
    let trimmed = name.trim();
    let upper = trimmed.to_uppercase();
    let n = (-3i32).abs().pow(2);
    let bigger = n.max(4);
    let root = 16f64.sqrt();
    let copy = upper.clone();
    let doubled: Vec<i32> = vec![1, 2].iter().map(|x| x * 2).collect();
    let some = Some(2);
    if some.is_some() && !copy.is_empty() {
        println!("{} {} {} {} {:?}", upper, bigger, root, copy.len(), doubled);
    }
    let _ = name.to_lowercase();
    let parsed: Result<i32, _> = "5".parse::<i32>();
    match parsed {
        Ok(v) => println!("{}", v.checked_mul(2).unwrap_or(0)),
        Err(e) => println!("{}", e),
    }
}
