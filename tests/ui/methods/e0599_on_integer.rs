//@ mode: check
fn main() {
    let n: u8 = 5;
    println!("{}", n.twice());
}
