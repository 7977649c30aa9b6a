//@ mode: check
fn main() {
    let answer = 42;
    if answer == "42" {
        println!("yes");
    }
}
