fn sum(a: &str, b: &str) -> Result<i32, String> {
    let x: i32 = a.parse().map_err(|e| format!("first: {:?}", e))?;
    let y = b.parse::<i32>().map_err(|e| e.to_string())?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", sum("2", "40"));
    println!("{:?}", sum("2", "4o"));
    println!("{:?}", sum("", "1"));
    let flag: bool = "true".parse().unwrap();
    let letter: char = "z".parse().unwrap();
    let ratio = "0.25".parse::<f32>().unwrap();
    println!("{} {} {}", flag, letter, ratio);
    let big = "255".parse::<u8>().map(|n| n as u32 + 1);
    println!("{:?}", big);
    let s = String::from("-17");
    let n: i64 = s.parse().unwrap_or(0);
    println!("{}", n);
}
