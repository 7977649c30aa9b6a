fn main() {
    let r = 0..10;
    println!("{}", r.len());
    let x: i64 = r.start;
    println!("{}", x);
}
