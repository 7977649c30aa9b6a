fn main() {
    let n: u32 = 5;
    let m: i64 = 3;
    if n == m {
        println!("eq");
    }
}
