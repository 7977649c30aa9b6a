//@ mode: check
// Bindings named after a static: rustc refuses them and goes on with a fresh binding.
static LIMIT: i32 = 10;

fn clamp(LIMIT: i32) -> i32 {
    LIMIT
}

fn main() {
    let n = clamp(4);
    match n {
        LIMIT => println!("limit {}", LIMIT),
    }
    if let Some(LIMIT) = Some(2) {
        println!("{}", LIMIT);
    }
    for LIMIT in 0..2 {
        println!("{}", LIMIT);
    }
}
