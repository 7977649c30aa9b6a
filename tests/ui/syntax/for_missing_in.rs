//@ mode: check
fn main() {
    for i 0..10 {
        println!("{}", i);
    }
}
