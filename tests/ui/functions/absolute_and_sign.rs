// Unary minus, early returns and several parameters.
fn absolute(value: i64) -> i64 {
    if value < 0 {
        return -value;
    }
    value
}

fn sign(value: i64) -> i8 {
    if value > 0 {
        1
    } else if value < 0 {
        -1
    } else {
        0
    }
}

fn clamp(value: i64, low: i64, high: i64) -> i64 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

fn main() {
    println!("{} {} {}", absolute(-42), absolute(7), absolute(0));
    println!("{} {} {}", sign(-42), sign(7), sign(0));
    println!("{} {} {}", clamp(-5, 0, 10), clamp(15, 0, 10), clamp(3, 0, 10));
}
