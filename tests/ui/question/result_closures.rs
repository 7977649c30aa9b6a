fn halve(n: i32) -> Result<i32, i32> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(n) }
}

fn main() {
    println!("{:?}", halve(8).and_then(halve).and_then(halve));
    println!("{:?}", halve(6).and_then(halve));
    println!("{:?}", halve(3).or_else(|odd| halve(odd + 1)));
    println!("{}", halve(5).unwrap_or_else(|odd| odd * 10));
    println!("{:?}", halve(7).map_err(|odd| odd as i64 * 2));
    println!("{}", halve(4).map_or(-1, |h| h + 100));
    println!("{} {}", halve(4).is_ok_and(|h| h == 2), halve(9).is_err_and(|e| e > 5));
}
