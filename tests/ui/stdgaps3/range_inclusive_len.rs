// `len` of the inclusive ranges rustc makes exact-size (8- and 16-bit integers).
fn main() {
    let mut r = 3u8..=7;
    println!("{}", r.len());
    r.next();
    r.next_back();
    println!("{}", r.len());
    let e = 5i16..=4;
    println!("{}", e.len());
    let mut one = 2u16..=2;
    one.next();
    println!("{} {:?}", one.len(), one.next());
    println!("{}", (-3i8..=3).rev().len());
    println!("{}", (-128i8..=127).len());
}
