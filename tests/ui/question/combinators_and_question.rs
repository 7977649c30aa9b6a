#[derive(Debug)]
enum AppError { Missing, Bad(u8) }

fn parse_digit(c: char) -> Result<u8, AppError> {
    if c >= '0' && c <= '9' { Ok(c as u8 - 48) } else { Err(AppError::Bad(c as u8)) }
}

fn lookup(k: u8) -> Option<u8> {
    if k < 5 { Some(k * 10) } else { None }
}

fn total(a: char, b: char) -> Result<u8, AppError> {
    let x = parse_digit(a)?;
    let y = parse_digit(b)?;
    let z = lookup(x).ok_or(AppError::Missing)?;
    Ok(x + y + z)
}

fn main() {
    println!("{:?}", total('1', '2'));
    println!("{:?}", total('7', '2'));
    println!("{:?}", total('x', '2'));
    let doubled = lookup(2).map(|v| v * 2);
    println!("{:?} {:?}", doubled, lookup(9).map(|v| v * 2));
    println!("{}", lookup(3).map_or(0, |v| v + 1));
    println!("{}", lookup(7).unwrap_or_else(|| 99));
    println!("{:?}", lookup(1).and_then(|v| lookup(v / 10)));
    println!("{:?}", lookup(4).filter(|v| *v > 100));
    println!("{}", lookup(2).is_some_and(|v| v == 20));
    println!("{:?}", parse_digit('5').map(|d| d as u32 * 3));
    println!("{:?}", parse_digit('q').map_err(|e| e));
    println!("{}", parse_digit('8').unwrap());
    let e = parse_digit('?').unwrap_err();
    println!("{:?}", e);
    parse_digit('k').expect("a digit");
}
