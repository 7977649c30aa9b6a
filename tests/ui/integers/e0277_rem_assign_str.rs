//@ mode: check
fn main() {
    let mut n: i32 = 17;
    n %= "5";
    println!("{n}");
}
