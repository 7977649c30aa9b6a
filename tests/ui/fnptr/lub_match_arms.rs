fn inc(x: i32) -> i32 {
    x + 1
}

fn dec(x: i32) -> i32 {
    x - 1
}

fn pick(n: u8) -> i32 {
    let f = match n {
        0 => inc,
        _ => dec,
    };
    f(10)
}

fn main() {
    println!("{} {} {}", pick(0), pick(1), pick3(2));
}

fn pick3(n: u8) -> i32 {
    let f = match n {
        0 => inc,
        1 => dec,
        _ => inc,
    };
    f(20)
}
