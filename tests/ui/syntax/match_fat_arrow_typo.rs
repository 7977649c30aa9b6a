//@ mode: check
fn main() {
    let n = 2;
    match n {
        1 -> println!("one"),
        _ => println!("other"),
    }
}
