//@ mode: run
// A deferred binding assigned but never read.
fn main() {
    let x;
    x = 5;
    println!("done");
}
