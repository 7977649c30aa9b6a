// `?` returning early drops the function's live locals; a unit struct can be a guard.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard released");
    }
}

fn check(n: i32) -> Result<i32, String> {
    if n < 0 { Err(format!("negative {}", n)) } else { Ok(n) }
}

fn add_checked(a: i32, b: i32) -> Result<i32, String> {
    let _g = Guard;
    let x = check(a)?;
    println!("checked {}", x);
    let y = check(b)?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_checked(1, 2));
    println!("{:?}", add_checked(1, -2));
    println!("{:?}", add_checked(-1, 2));
}
