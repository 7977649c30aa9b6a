#[allow(dead_code)]
struct Config {
    verbose: bool,
    level: u8,
}

struct Unused;

fn main() {
    let unused_here = 1;
    println!("configured");
}
