fn total(items: &[&str]) -> Result<i32, String> {
    let numbers: Vec<i32> = items
        .iter()
        .map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e)))
        .collect::<Result<_, _>>()?;
    let mut sum = 0;
    for n in numbers {
        sum += n;
    }
    Ok(sum)
}

fn main() {
    println!("{:?}", total(&["4", "5"]));
    println!("{:?}", total(&["4", "five"]));
}
