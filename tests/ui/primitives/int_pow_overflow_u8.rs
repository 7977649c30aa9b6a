fn main() {
    let mut base: u8 = 2;
    for _ in 0..5 {
        base = base.pow(2);
        println!("{}", base);
    }
}
