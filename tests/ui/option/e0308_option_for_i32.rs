//@ mode: check
fn main() {
    let o: Option<i32> = Some(4);
    let n: i32 = o;
    println!("{n}");
}
