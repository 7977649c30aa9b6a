fn main() {
    let s = String::from("héllo");
    let (a, b) = s.split_at(1);
    println!("{a}|{b}");
    let (c, d) = s.split_at(2);
    println!("{c}|{d}");
}
