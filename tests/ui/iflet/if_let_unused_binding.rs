// An `if let` binding that is never used.
enum Level {
    High(u8),
    Low,
}

fn main() {
    let l = Level::High(9);
    if let Level::High(v) = l {
        println!("high");
    }
    let _ = Level::Low;
}
