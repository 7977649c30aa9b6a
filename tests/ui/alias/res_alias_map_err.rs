type Res<T> = Result<T, String>;

fn parse(s: &str) -> Res<i32> {
    s.trim().parse::<i32>().map_err(|e| e.to_string())
}

fn double(s: &str) -> Res<i32> {
    let n = parse(s)?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", double(" 21 "));
    println!("{:?}", double("x"));
}
