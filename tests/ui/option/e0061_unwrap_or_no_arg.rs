//@ mode: check
fn main() {
    let o: Option<i32> = None;
    println!("{}", o.unwrap_or());
}
