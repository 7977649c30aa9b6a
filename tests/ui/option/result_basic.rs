fn checked_div(a: i32, b: i32) -> Result<i32, &'static str> {
    if b == 0 {
        Err("division by zero")
    } else {
        Ok(a / b)
    }
}

fn main() {
    for (a, b) in [(10, 2), (1, 0), (-9, 3)] {
        match checked_div(a, b) {
            Ok(q) => println!("{a} / {b} = {q}"),
            Err(e) => println!("{a} / {b}: {e}"),
        }
    }
    let r = checked_div(7, 7);
    println!("{:?} {} {}", r, r.is_ok(), r.is_err());
    println!("{:?} {:?}", r.ok(), r.err());
    let bad = checked_div(1, 0);
    println!("{:?} {:?} {}", bad.ok(), bad.err(), bad.unwrap_or(-1));
}
