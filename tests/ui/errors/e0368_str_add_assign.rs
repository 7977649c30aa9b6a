//@ mode: check
fn main() {
    let mut s = "a";
    s += "b";
    println!("{s}");
}
