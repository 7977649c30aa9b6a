fn take(v: u8) -> u8 {
    v
}

fn main() {
    println!("{}", take(-4i64));
}
