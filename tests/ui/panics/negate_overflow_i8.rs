// -128 has no positive counterpart in an i8.
fn flip(value: i8) -> i8 {
    -value
}

fn main() {
    let mut value: i8 = -126;
    loop {
        println!("flip({}) = {}", value, flip(value));
        value -= 1;
    }
}
