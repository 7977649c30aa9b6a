//@ mode: run
// A negative constant shift amount also overflows.
fn main() {
    let x: u32 = 1;
    let y = x << -1;
    println!("{y}");
}
