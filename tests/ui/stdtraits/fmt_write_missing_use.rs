//@ mode: check
fn main() {
    let mut s = String::new();
    write!(s, "{}", 1).unwrap();
    println!("{}", s);
}
