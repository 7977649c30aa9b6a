fn main() {
    let n: i64 = -3;
    let u = u32::try_from(n).unwrap();
    println!("{}", u);
}
