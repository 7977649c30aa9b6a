fn main() {
    let x: i32 = -12;
    println!("{}", x.abs());
    println!("{}", 3_i64.pow(4));
    println!("{}", (-2i8).pow(7));
    let base: u64 = 10;
    println!("{}", base.pow(18));
}
