fn main() {
    let s = "abc";
    let (c, d) = s.split_at(7);
    println!("{c}|{d}");
}
