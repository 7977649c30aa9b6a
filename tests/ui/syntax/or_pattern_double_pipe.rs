//@ mode: check
fn main() {
    let n = 1;
    match n {
        1 || 2 => println!("small"),
        _ => {}
    }
}
