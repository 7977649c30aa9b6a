#[derive(Debug, PartialEq)]
enum StepError {
    TooSmall(i32),
    TooLarge(i32),
}

fn check(n: i32) -> Result<i32, StepError> {
    if n < 0 {
        return Err(StepError::TooSmall(n));
    }
    if n > 100 {
        return Err(StepError::TooLarge(n));
    }
    Ok(n)
}

fn pipeline(start: i32) -> Result<i32, StepError> {
    let a = check(start)?;
    let b = check(a * 3)?;
    let c = check(b - 50)?;
    Ok(c)
}

fn main() {
    for start in [20, 40, 5, -1] {
        match pipeline(start) {
            Ok(v) => println!("{start}: ok {v}"),
            Err(e) => println!("{start}: failed with {:?}", e),
        }
    }
    println!("{}", pipeline(30) == Ok(40));
}
