//@ mode: check
fn main() {
    let o: Option<i32> = Some(1);
    println!("{}", o.length());
}
