//@ mode: check
fn main() {
    let n = 3;
    if n > 5 {
        println!("big");
    } else println!("small");
}
