fn check(age: i32) -> Result<i32, String> {
    if age < 0 {
        Err(format!("negative age {}", age))
    } else {
        Ok(age)
    }
}

fn main() {
    let ages = vec![30, -1, 12, -5];
    let checked: Result<Vec<i32>, String> = ages.iter().map(|a| check(*a)).collect();
    println!("{:?}", checked);
}
