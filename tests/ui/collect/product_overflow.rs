fn main() {
    let limit: u8 = 8;
    let p: u8 = (1..limit).product();
    println!("{}", p);
}
