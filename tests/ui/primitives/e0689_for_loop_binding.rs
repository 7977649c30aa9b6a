//@ mode: check
fn main() {
    for i in 0..10 {
        println!("{}", i.pow(2));
    }
}
