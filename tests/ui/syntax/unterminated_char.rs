//@ mode: check
fn main() {
    let c = 'a;
    println!("{}", c);
}
