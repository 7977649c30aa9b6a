fn describe(v: i32) -> String {
    match u8::try_from(v) {
        Ok(b) => format!("byte {}", b),
        Err(e) => format!("{} is not a byte: {}", v, e),
    }
}

fn main() {
    for v in [0, 255, 256, -7] {
        println!("{}", describe(v));
    }
}
