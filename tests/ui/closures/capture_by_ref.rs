// A closure reading a local keeps a shared borrow of it; the local stays usable.
fn main() {
    let base = 10;
    let scale = [1, 2, 3];
    let f = |i: usize| base * scale[i];
    println!("{} {} {}", f(0), f(1), f(2));
    println!("{} {:?}", base, scale);
}
