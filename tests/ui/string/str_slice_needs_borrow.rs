//@ mode: check
fn main() {
    let s = String::from("hello");
    let part: &str = s[1..3];
    println!("{}", part);
}
