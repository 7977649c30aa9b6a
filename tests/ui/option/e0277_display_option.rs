//@ mode: check
fn main() {
    let o = Some(4);
    println!("{}", o);
}
