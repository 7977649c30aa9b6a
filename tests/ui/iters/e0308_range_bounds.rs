// Both bounds of a range have one type.
fn main() {
    let lo: i64 = 1;
    let hi: i32 = 5;
    let r = lo..hi;
    println!("{}", r.count());
}
