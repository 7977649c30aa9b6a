//@ mode: check
fn main() {
    let y = 3;
    let k: i32 = &y;
    println!("{k}");
}
