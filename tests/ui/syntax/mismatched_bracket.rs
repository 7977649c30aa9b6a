//@ mode: check
fn main() {
    let scores = [90, 85, 77);
    println!("{:?}", scores);
}
