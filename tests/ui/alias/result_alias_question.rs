#[derive(Debug)]
enum MyError {
    Negative(i32),
}

type Result<T> = std::result::Result<T, MyError>;

fn check(n: i32) -> Result<i32> {
    if n < 0 {
        return Err(MyError::Negative(n));
    }
    Ok(n * 2)
}

fn both(a: i32, b: i32) -> Result<i32> {
    let x = check(a)?;
    let y = check(b)?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", both(1, 2));
    println!("{:?}", both(1, -5));
}
