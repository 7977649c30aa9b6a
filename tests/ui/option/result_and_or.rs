#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    Low,
    High,
}

fn level(n: i32) -> Result<i32, Fault> {
    if n < 0 {
        Err(Fault::Low)
    } else if n > 100 {
        Err(Fault::High)
    } else {
        Ok(n)
    }
}

fn main() {
    println!("{:?}", level(5).and(level(6)));
    println!("{:?}", level(-5).and(level(6)));
    println!("{:?}", level(500).or(level(50)));
    println!("{:?}", level(5).or(level(-50)));
    let r = level(200);
    if let Err(f) = r {
        println!("fault {:?} {}", f, f == Fault::High);
    }
    println!("{}", level(1) == Ok(1));
    println!("{}", level(-1) != Err(Fault::High));
}
