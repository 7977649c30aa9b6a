fn main() {
    let n: u16 = 999;
    let b: u8 = n.try_into().expect("does not fit in a byte");
    println!("{}", b);
}
