mod limits {
    pub const LOW: i32 = 1;
    pub const HIGH: i32 = 9;
}

use limits::{HIGH, LOW};

fn classify(n: i32) -> &'static str {
    match n {
        LOW => "low",
        HIGH => "high",
        _ => "middle",
    }
}

fn main() {
    println!("{} {} {}", classify(1), classify(5), classify(9));
}
