//@ mode: check
// An integer cannot be or-ed with a bool.
fn main() {
    let c = 2 | false;
    println!("{c}");
}
